/*
 * The follow-up review meeting on the Postmortem Review ticket: give each action a verdict, and create a follow-up
 * action for one that did not work. Verdicts are sent with the id of the verdict the editor saw, so one given
 * meanwhile comes back as a stale edit instead of being overwritten. After a change the server renders the panel
 * again (P.panel).
 */
(function () {
    'use strict';

    var P = window.Postmortems;

    function Verdicts(root) {
        this.root = root;
        this.url = P.resource(root, 'reviews/' + encodeURIComponent(root.dataset.reviewKey));
        this.panelUrl = this.url + '/panel';
        this.status = root.querySelector('.postmortem-verdicts-status');
    }

    P.panel(Verdicts, 'verdict');

    /** Shows a form in the panel for one action's row; the row's button gets the focus back when it closes. */
    function open(form, row, button) {
        P.clearErrors(form);
        form.dataset.openedFrom = row.dataset.actionId + ':' + button.dataset.action;
        form.hidden = false;
        form.querySelector('select, input:not([type="hidden"]), textarea').focus();
    }

    Verdicts.prototype.close = function (form) {
        form.hidden = true;
        var from = (form.dataset.openedFrom || '').split(':');
        var button = this.root.querySelector('tr[data-action-id="' + from[0] + '"] button[data-action="' + from[1] + '"]');
        if (button) {
            button.focus();
        }
    };

    Verdicts.prototype.start = function () {
        var self = this;
        var judge = this.root.querySelector('.postmortem-verdict-form');
        var followUp = this.root.querySelector('.postmortem-follow-up-form');
        this.root.addEventListener('click', function (event) {
            var button = event.target.closest('button[data-action]');
            if (!button) {
                return;
            }
            var row = button.closest('tr[data-action-id]');
            if (button.dataset.action === 'judge' && judge) {
                self.openJudge(judge, row, button);
            } else if (button.dataset.action === 'follow-up' && followUp) {
                self.openFollowUp(followUp, row, button);
            } else if (button.dataset.action === 'cancel') {
                self.close(button.closest('form'));
            }
        });
        if (judge) {
            this.startJudging(judge);
        }
        if (followUp) {
            this.startFollowUps(followUp);
        }
    };

    Verdicts.prototype.openJudge = function (form, row, button) {
        var key = row.querySelector('.postmortem-verdicts-ticket a, .postmortem-verdicts-ticket span');
        form.querySelector('.postmortem-verdict-legend').textContent =
            AJS.I18n.getText('postmortems.verdict.form.legend-for').replace('{0}', key ? key.textContent : '');
        form.elements.actionId.value = row.dataset.actionId;
        form.elements.replaces.value = row.dataset.verdictId;
        form.elements.verdict.value = row.dataset.verdict || 'effective';
        form.elements.evidence.value = row.dataset.evidence || '';
        form.elements.reason.value = row.dataset.reason || '';
        this.showReason(form);
        open(form, row, button);
    };

    /** The reason is asked only for a dropped action, which must say why. */
    Verdicts.prototype.showReason = function (form) {
        form.querySelector('.postmortem-verdict-reason').hidden = form.elements.verdict.value !== 'dropped';
    };

    Verdicts.prototype.startJudging = function (form) {
        var self = this;
        form.elements.verdict.addEventListener('change', function () {
            self.showReason(form);
        });
        P.checkWhileTyping(this.root, form.elements.evidence);
        P.checkWhileTyping(this.root, form.elements.reason);
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            P.clearErrors(form);
            self.say('');
            var replaces = form.elements.replaces.value;
            P.saving(form, function () {
                return P.call('PUT', self.url + '/verdicts/' + encodeURIComponent(form.elements.actionId.value), {
                    verdict: form.elements.verdict.value,
                    evidence: form.elements.evidence.value,
                    reason: form.elements.reason.value,
                    replaces: replaces ? Number(replaces) : null
                });
            }).then(function (reply) {
                if (reply.status === 200) {
                    return self.reload().then(function () {
                        self.close(form);
                        P.flag('success', AJS.I18n.getText('postmortems.verdict.status.saved'));
                    });
                }
                if (reply.status === 409) {
                    // Someone gave a verdict meanwhile: show theirs; what this person typed stays in the form.
                    form.elements.replaces.value = reply.data && reply.data.current ? reply.data.current.id : '';
                    return self.reload().then(function () {
                        self.say(P.firstMessage(reply));
                    });
                }
                self.say(P.placeErrors(form, reply.data).join(' '));
            });
        });
    };

    Verdicts.prototype.openFollowUp = function (form, row, button) {
        form.elements.followsUp.value = row.dataset.actionId;
        form.elements.kind.value = row.dataset.kind;
        form.elements.chainId.value = row.dataset.chainId === '0' ? '' : row.dataset.chainId;
        form.elements.summary.value = AJS.I18n.getText('postmortems.verdict.follow-up.summary')
            .replace('{0}', row.dataset.summary || '');
        form.dataset.requestId = P.requestId();
        open(form, row, button);
    };

    Verdicts.prototype.startFollowUps = function (form) {
        var self = this;
        var issueKey = this.root.dataset.issueKey;
        P.userPicker(form.elements.assignee, {search: 'assignable', scope: function () {
            return issueKey;
        }});
        P.checkWhileTyping(this.root, form.elements.successCheck);
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            P.clearErrors(form);
            self.say('');
            P.saving(form, function () {
                return P.call('POST', P.resource(self.root, 'actions'), [{
                    requestId: form.dataset.requestId,
                    summary: form.elements.summary.value,
                    kind: form.elements.kind.value,
                    assignee: form.elements.assignee.value,
                    dueDate: form.elements.dueDate.value,
                    chainId: form.elements.chainId.value ? Number(form.elements.chainId.value) : null,
                    successCheck: form.elements.successCheck.value,
                    followsUp: Number(form.elements.followsUp.value)
                }]);
            }).then(function (reply) {
                if (reply.status === 201) {
                    var created = reply.data.results[0].action;
                    form.reset();
                    return self.reload().then(function () {
                        self.close(form);
                        P.flag('success', AJS.I18n.getText('postmortems.verdict.status.follow-up-created')
                            .replace('{0}', created ? created.key : ''));
                    });
                }
                self.say(P.placeErrors(form, reply.data).join(' '));
            });
        });
    };

    P.startPanels('.postmortem-verdicts', Verdicts);
}());
