/*
 * The Start postmortem operation (a dialog on any issue that is not itself a Postmortem) and the Team panel's
 * participant editor. The dialog keeps one reference per opening, so sending it again never starts a second
 * postmortem. Values from the server are shown with textContent or as input values only.
 */
(function () {
    'use strict';

    var P = window.Postmortems;
    var element = P.element;

    var fields = 0;

    /** A labelled field in AUI's form layout, with the slot for its error. */
    function field(form, labelText, input, errorFor) {
        var group = element('div', {'class': 'field-group'});
        input.id = input.id || 'postmortem-field-' + (++fields);
        group.appendChild(element('label', {'for': input.id}, labelText));
        group.appendChild(input);
        group.appendChild(element('div', {'class': 'error', 'data-error-for': errorFor, 'role': 'alert'}));
        form.appendChild(group);
        return input;
    }

    /** A checkbox in AUI's form layout. */
    function checkbox(form, labelText, name) {
        var box = element('div', {'class': 'checkbox'});
        var input = element('input', {'type': 'checkbox', 'class': 'checkbox', 'name': name, 'id': 'postmortem-field-' + (++fields)});
        box.appendChild(input);
        box.appendChild(element('label', {'for': input.id}, labelText));
        var group = element('fieldset', {'class': 'group'});
        group.appendChild(box);
        form.appendChild(group);
        return input;
    }

    function lines(text) {
        return text.split(/\r?\n|,/).map(function (line) {
            return line.trim();
        }).filter(function (line) {
            return line.length > 0;
        });
    }

    /** The dialog opened by the operation's link, built from what the server proposes (texts included). */
    function openStartDialog(trigger, incidentKey) {
        P.call('GET', P.rest('/postmortems/start?incident=' + encodeURIComponent(incidentKey))).then(function (reply) {
            if (reply.status === 200) {
                showStartDialog(trigger, incidentKey, reply.data);
            } else {
                P.flag('error', P.firstMessage(reply));
            }
        });
    }

    function showStartDialog(trigger, incidentKey, proposal) {
        var text = function (name) {
            return proposal.labels[name] || '';
        };
        var requestId = P.requestId();
        var start = P.dialog({className: 'postmortem-start-dialog', title: text('title')});
        var existing = element('div', {'class': 'aui-message aui-message-warning postmortem-start-existing', 'hidden': ''});
        start.content.appendChild(existing);
        var form = element('form', {'class': 'aui', 'id': 'postmortem-start-form', 'novalidate': ''});
        var project = field(form, text('project'), element('select', {'name': 'projectKey', 'class': 'select'}), 'projectKey');
        proposal.projects.forEach(function (choice) {
            project.appendChild(element('option', {'value': choice.key}, choice.name + ' (' + choice.key + ')'));
        });
        var summary = field(form, text('summary'), element('input', {'type': 'text', 'name': 'summary', 'maxlength': '255',
            'class': 'text long-field'}), 'summary');
        var facilitator = field(form, text('facilitator'), element('input', {'type': 'text', 'name': 'facilitator',
            'class': 'text'}), 'facilitator');
        var participants = field(form, text('participants'), element('input', {'type': 'text', 'name': 'participants'}),
            'participants');
        form.appendChild(element('p', {'class': 'description postmortem-start-due', 'data-due': proposal.due}, proposal.dueText));
        var seed = checkbox(form, text('seed'), 'seedTimeline');
        seed.checked = true;
        var another = checkbox(form, text('another'), 'another');
        var anotherLabel = another.parentNode;
        anotherLabel.hidden = true;
        var general = element('p', {'class': 'error postmortem-start-general', 'role': 'alert'});
        form.appendChild(general);
        start.content.appendChild(form);
        start.actions.appendChild(element('button', {'type': 'submit', 'form': form.id,
            'class': 'aui-button aui-button-primary'}, text('submit')));
        var cancel = element('button', {'type': 'button', 'class': 'aui-button aui-button-link'}, text('cancel'));
        start.actions.appendChild(cancel);
        start.onClose = function () {
            trigger.focus();
        };
        start.show();

        function showExisting(list) {
            existing.textContent = '';
            if (!list || !list.length) {
                existing.hidden = true;
                anotherLabel.hidden = true;
                return;
            }
            existing.appendChild(element('p', {}, text('existing')));
            list.forEach(function (postmortem) {
                var item = element('p', {});
                item.appendChild(element('a', {'href': postmortem.url}, postmortem.key));
                item.appendChild(document.createTextNode(' ' + postmortem.summary));
                existing.appendChild(item);
            });
            existing.hidden = false;
            anotherLabel.hidden = false;
        }

        project.value = proposal.projectKey;
        summary.value = proposal.summary;
        var projectKey = function () {
            return project.value;
        };
        facilitator = P.userPicker(facilitator, {search: 'assignable', scope: projectKey,
            chosen: proposal.facilitator.username ? [proposal.facilitator] : []}).value;
        participants = P.userPicker(participants, {search: 'browse', scope: projectKey, multiple: true,
            chosen: proposal.participants}).value;
        showExisting(proposal.existing);
        general.textContent = proposal.notOffered;
        summary.focus();

        cancel.addEventListener('click', start.close);
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            P.clearErrors(form);
            P.saving(form, function () {
                return P.call('POST', P.rest('/postmortems'), {
                    requestId: requestId, incidentKey: incidentKey, projectKey: project.value, summary: summary.value,
                    facilitator: facilitator.value, participants: lines(participants.value), seedTimeline: seed.checked,
                    another: another.checked
                });
            }).then(function (reply) {
                if ((reply.status === 201 || reply.status === 200) && reply.data && reply.data.url) {
                    window.location.assign(reply.data.url);
                    return;
                }
                if (reply.status === 409 && reply.data) {
                    showExisting(reply.data.existing);
                }
                general.textContent = P.placeErrors(form, reply.data).join(' ');
            });
        });
    }

    function Team(root) {
        this.root = root;
        this.url = P.resource(root, 'team');
        this.status = root.querySelector('.postmortem-team-status');
    }

    P.panel(Team, 'team');

    Team.prototype.start = function () {
        var self = this;
        var edit = this.root.querySelector('[data-action="edit-participants"]');
        if (edit) {
            edit.addEventListener('click', function () {
                self.edit(edit);
            });
        }
        // The meeting's part is replaced after each save, so its button is found when clicked.
        this.root.addEventListener('click', function (event) {
            var meeting = event.target.closest('[data-action="edit-meeting"]');
            if (meeting) {
                self.editMeeting(meeting);
            }
        });
    };

    /**
     * The meeting's form: day and time in the reader's zone, length, place. It sends the version it was opened on, so
     * a change someone made meanwhile is shown instead of overwritten.
     */
    Team.prototype.editMeeting = function (button) {
        var self = this;
        var form = this.root.querySelector('.postmortem-meeting-form');
        var section = this.root.querySelector('.postmortem-meeting');
        var sequence = Number(section.dataset.sequence);

        function close() {
            form.hidden = true;
            button.setAttribute('aria-expanded', 'false');
            button.focus();
        }

        form.hidden = false;
        button.setAttribute('aria-expanded', 'true');
        form.elements.date.focus();
        form.querySelector('[data-action="cancel-meeting"]').onclick = close;
        form.onsubmit = function (event) {
            event.preventDefault();
            P.clearErrors(form);
            P.saving(form, function () {
                return P.call('PUT', P.rest('/postmortems/' + encodeURIComponent(self.root.dataset.issueKey) + '/meeting'), {
                    date: form.elements.date.value,
                    time: form.elements.time.value,
                    minutes: form.elements.minutes.value.trim() === '' ? null : Number(form.elements.minutes.value),
                    place: form.elements.place.value,
                    sequence: sequence < 0 ? null : sequence
                });
            }).then(function (reply) {
                if (reply.status === 200) {
                    self.say(AJS.I18n.getText('postmortems.meeting.saved'));
                    return self.reload();
                }
                self.say(P.placeErrors(form, reply.data).join(' ') || P.firstMessage(reply));
                if (reply.status === 409) {
                    return self.reload();
                }
            });
        };
    };

    Team.prototype.usernames = function () {
        return Array.prototype.map.call(this.root.querySelectorAll('.postmortem-team-participants li'), function (item) {
            return item.dataset.username;
        });
    };

    Team.prototype.edit = function (button) {
        var self = this;
        var expected = this.usernames();
        var form = element('form', {'class': 'aui', 'novalidate': ''});
        var people = Array.prototype.map.call(this.root.querySelectorAll('.postmortem-team-participants li'), function (item) {
            return {username: item.dataset.username, displayName: item.textContent};
        });
        var participants = field(form, AJS.I18n.getText('postmortems.team.field.participants'), element('input', {'type': 'text', 'name': 'participants'}),
            'participants');
        var picker = P.userPicker(participants, {search: 'browse', scope: function () {
            return self.root.dataset.issueKey;
        }, multiple: true, chosen: people});
        var input = picker.value;
        var save = element('button', {'type': 'submit', 'class': 'aui-button'}, AJS.I18n.getText('postmortems.team.action.save'));
        var cancel = element('button', {'type': 'button', 'class': 'aui-button aui-button-link'}, AJS.I18n.getText('postmortems.team.action.cancel'));
        form.appendChild(save);
        form.appendChild(cancel);
        button.hidden = true;
        button.after(form);
        picker.input.focus();

        function done() {
            form.remove();
            button.hidden = false;
            button.focus();
        }

        cancel.addEventListener('click', done);
        form.addEventListener('keydown', function (event) {
            if (event.key === 'Escape') {
                done();
            }
        });
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            P.clearErrors(form);
            P.saving(form, function () {
                return P.call('PUT', self.url, {participants: lines(input.value), expected: expected});
            }).then(function (reply) {
                if (reply.status === 200) {
                    self.say('');
                    return self.reload().then(done);
                }
                var unplaced = P.placeErrors(form, reply.data);
                self.say(unplaced.join(' '));
                if (reply.status === 409 && reply.data && reply.data.current) {
                    // Someone changed the team meanwhile: show theirs and edit on top of it.
                    return self.reload().then(function () {
                        expected = self.usernames();
                    });
                }
            });
        });
    };

    document.addEventListener('click', function (event) {
        var trigger = event.target.closest && event.target.closest('#postmortem-start, .postmortem-start-trigger');
        if (!trigger) {
            return;
        }
        var key = trigger.dataset.issueKey || new URL(trigger.href, window.location.href).searchParams.get('postmortemStart');
        if (key) {
            event.preventDefault();
            openStartDialog(trigger, key);
        }
    });

    /**
     * The notice on an incident that needs a postmortem: Waive… opens the reason form; a waiver or its withdrawal
     * changes what the whole issue view says, so the view is loaded again once the server agreed.
     */
    function startNotice(notice) {
        var form = notice.querySelector('.postmortem-waiver-form');
        var waive = notice.querySelector('[data-action=waive]');
        var status = notice.querySelector('.postmortem-notice-status');
        var base = '/incidents/' + encodeURIComponent(notice.dataset.incidentKey) + '/waiver';
        var answered = function (reply, done) {
            if (reply.status === 200 || reply.status === 204) {
                P.flag('success', done);
                window.location.reload();
                return;
            }
            status.textContent = (form ? P.placeErrors(form, reply.data).join(' ') : '') || P.firstMessage(reply);
        };
        if (waive && form) {
            waive.addEventListener('click', function () {
                form.hidden = false;
                waive.setAttribute('aria-expanded', 'true');
                form.elements.reason.focus();
            });
            notice.querySelector('[data-action=cancel-waiver]').addEventListener('click', function () {
                form.hidden = true;
                waive.setAttribute('aria-expanded', 'false');
                waive.focus();
            });
            form.addEventListener('submit', function (event) {
                event.preventDefault();
                P.clearErrors(form);
                status.textContent = '';
                P.saving(form, function () {
                    return P.call('POST', P.rest(base), {reason: form.elements.reason.value});
                }).then(function (reply) {
                    answered(reply, AJS.I18n.getText('postmortems.notice.waived-now'));
                });
            });
        }
        var withdraw = notice.querySelector('[data-action=withdraw]');
        if (withdraw) {
            withdraw.addEventListener('click', function () {
                withdraw.disabled = true;
                P.call('DELETE', P.rest(base)).then(function (reply) {
                    withdraw.disabled = false;
                    answered(reply, AJS.I18n.getText('postmortems.notice.withdrawn'));
                });
            });
        }
    }

    function startNotices() {
        Array.prototype.forEach.call(document.querySelectorAll('.postmortem-notice'), function (notice) {
            if (notice.dataset.started !== 'true') {
                notice.dataset.started = 'true';
                startNotice(notice);
            }
        });
    }

    // Clicked before this script ran, the operation's link reloads the issue with the incident in the address.
    function openFromAddress() {
        var key = new URL(window.location.href).searchParams.get('postmortemStart');
        if (key) {
            openStartDialog(document.body, key);
        }
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', openFromAddress);
        document.addEventListener('DOMContentLoaded', startNotices);
    } else {
        openFromAddress();
        startNotices();
    }

    P.startPanels('.postmortem-team', Team);
}());
