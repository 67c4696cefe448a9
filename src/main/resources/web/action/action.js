/*
 * Actions panel: create several actions at once, attach an existing ticket, remove an action — without reloading.
 * Each row of the form keeps a reference (requestId) until its ticket exists, so sending the form again after an
 * error or a lost connection never creates a ticket twice. After a change the server renders the panel again
 * (P.panel); the form keeps its rows and what was typed in them.
 */
(function () {
    'use strict';

    var P = window.Postmortems;
    var call = P.call;
    var element = P.element;
    var firstMessage = P.firstMessage;

    function Actions(root) {
        this.root = root;
        this.url = P.resource(root, 'actions');
        this.status = root.querySelector('.postmortem-actions-status-line');
    }

    P.panel(Actions, 'action');

    /** A new row offers the root causes the form offers now. */
    Actions.prototype.refreshed = function () {
        var live = this.root.querySelector('select[name="chainId"][data-view="root-causes"]');
        var blank = this.template ? this.template.querySelector('select[name="chainId"]') : null;
        if (live && blank) {
            P.offer(blank, live);
        }
    };

    /** Rows made on this page, so each row's fields have ids of their own for their labels. */
    var rowsMade = 0;

    Actions.prototype.start = function () {
        var self = this;
        P.follow(this.root, ['whys'], function () {
            self.reload();
        });
        var form = this.root.querySelector('.postmortem-actions-add');
        if (form) {
            this.rows = form.querySelector('.postmortem-actions-rows');
            this.template = this.rows.querySelector('.postmortem-actions-row').cloneNode(true);
            this.prepareRow(this.rows.querySelector('.postmortem-actions-row'));
            form.querySelector('[data-action="add-row"]').addEventListener('click', function () {
                var row = self.template.cloneNode(true);
                self.prepareRow(row);
                self.rows.appendChild(row);
                P.datePickers(row);
                row.querySelector('input[name=summary]').focus();
            });
            form.addEventListener('submit', function (event) {
                event.preventDefault();
                self.create();
            });
        }
        var attach = this.root.querySelector('.postmortem-actions-attach form');
        if (attach) {
            attach.addEventListener('submit', function (event) {
                event.preventDefault();
                self.attach(attach);
            });
        }
        // On the table, not its rows: the rows are rendered again after every change.
        this.root.querySelector('.postmortem-actions-table').addEventListener('click', function (event) {
            var button = event.target.closest('button[data-action="remove"]');
            if (button) {
                self.remove(button.closest('tr'));
            }
            var edit = event.target.closest('button[data-action="edit-success-check"]');
            if (edit) {
                self.editSuccessCheck(edit);
            }
        });
        var successCheck = this.root.querySelector('.postmortem-success-check-form');
        if (successCheck) {
            this.startSuccessCheck(successCheck);
        }
    };

    /** "How will we know it worked?", said or changed after the action was created: one form, for the row asked. */
    Actions.prototype.editSuccessCheck = function (button) {
        var form = this.root.querySelector('.postmortem-success-check-form');
        var row = button.closest('tr');
        P.clearErrors(form);
        form.elements.actionId.value = row.dataset.actionId;
        form.elements.successCheck.value = button.closest('[data-success-check]').dataset.successCheck;
        form.hidden = false;
        form.elements.successCheck.focus();
    };

    Actions.prototype.startSuccessCheck = function (form) {
        var self = this;
        P.checkWhileTyping(this.root, form.elements.successCheck);
        form.querySelector('[data-action="cancel-success-check"]').addEventListener('click', function () {
            form.hidden = true;
        });
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            P.clearErrors(form);
            P.saving(form, function () {
                return call('PUT', self.url + '/' + encodeURIComponent(form.elements.actionId.value) + '/success-check',
                    {successCheck: form.elements.successCheck.value});
            }).then(function (reply) {
                if (reply.status === 200) {
                    return self.reload().then(function () {
                        form.hidden = true;
                        P.flag('success', AJS.I18n.getText('postmortems.action.status.success-check-saved'));
                    });
                }
                self.say(P.placeErrors(form, reply.data).join(' '));
            });
        });
    };

    /** A row keeps its reference until its ticket exists; the labels are unique per row for assistive tech. */
    Actions.prototype.prepareRow = function (row) {
        row.dataset.requestId = P.requestId();
        rowsMade += 1;
        Array.prototype.forEach.call(row.querySelectorAll('[id]'), function (field) {
            var id = field.id.replace(/-row\d+$/, '') + '-row' + rowsMade;
            var label = row.querySelector('label[for="' + field.id + '"]');
            if (label) {
                label.htmlFor = id;
            }
            field.id = id;
        });
        var project = row.querySelector('[name="project"]');
        // The owner is someone who may be assigned issues in the project the ticket goes to.
        P.userPicker(row.querySelector('input[name="assignee"]'), {search: 'assignable', scope: function () {
            return project.value.trim() || project.placeholder;
        }});
        if (this.rows.children.length > 0 && row.parentNode !== this.rows) {
            var remove = element('button', {'type': 'button', 'class': 'aui-button aui-button-link', 'data-action': 'remove-row'},
                AJS.I18n.getText('postmortems.action.action.remove-row'));
            remove.addEventListener('click', function () {
                row.remove();
            });
            row.appendChild(remove);
        }
    };

    Actions.prototype.create = function () {
        var self = this;
        var form = this.rows.closest('form');
        var rows = Array.prototype.slice.call(this.rows.querySelectorAll('.postmortem-actions-row'));
        rows.forEach(function (row) {
            clearErrors(row);
        });
        this.say('');
        var body = rows.map(function (row) {
            var field = function (name) {
                return row.querySelector('[name="' + name + '"]').value;
            };
            return {
                requestId: row.dataset.requestId, summary: field('summary'), kind: field('kind'), assignee: field('assignee'),
                project: field('project'), dueDate: field('dueDate'), priority: field('priority'),
                description: field('description'), chainId: field('chainId') ? Number(field('chainId')) : null,
                successCheck: field('successCheck')
            };
        });
        P.saving(form, function () {
            return call('POST', self.url, body);
        }).then(function (reply) {
            if (!reply.data || !reply.data.results) {
                P.flag('error', firstMessage(reply));
                return;
            }
            reply.data.results.forEach(function (result) {
                var row = rows[result.index];
                if (result.created) {
                    row.remove();
                } else {
                    showErrors(row, result);
                }
            });
            var allCreated = !self.rows.querySelector('.postmortem-actions-row');
            if (allCreated) {
                var fresh = self.template.cloneNode(true);
                self.prepareRow(fresh);
                self.rows.appendChild(fresh);
                P.datePickers(fresh);
            }
            return self.reload().then(function () {
                if (allCreated) {
                    P.closeForm(form); // every action is in the table now; rows refused stay open with their reasons
                }
            });
        }, function () {
            // Nothing known about the outcome: the rows keep their references, so sending again is safe.
            P.flag('error', AJS.I18n.getText('postmortems.error.no-answer'));
        });
    };

    Actions.prototype.attach = function (form) {
        var self = this;
        clearErrors(form);
        P.saving(form, function () {
            return call('POST', self.url + '/attach', {
                ticketKey: form.elements.ticketKey.value, kind: form.elements.kind.value,
                chainId: form.elements.chainId.value ? Number(form.elements.chainId.value) : null
            });
        }).then(function (reply) {
            if (reply.status === 201) {
                form.elements.ticketKey.value = '';
                return self.reload();
            }
            showErrors(form, reply.data || {});
            self.say(firstMessage(reply));
        });
    };

    Actions.prototype.remove = function (row) {
        var self = this;
        P.deleteOnceConfirmed({title: AJS.I18n.getText('postmortems.action.action.remove'), question: AJS.I18n.getText('postmortems.action.confirm.remove'), yes: AJS.I18n.getText('postmortems.action.action.remove'),
            no: AJS.I18n.getText('postmortems.action.action.cancel')}, this.url + '/' + encodeURIComponent(row.dataset.actionId)).then(function (reply) {
            if (reply === null) {
                return;
            }
            if (reply.status !== 204 && reply.status !== 404) {
                P.flag('error', firstMessage(reply));
                return;
            }
            return self.reload();
        });
    };

    function clearErrors(scope) {
        P.clearErrors(scope);
    }

    /** A row's or form's errors: fields in their slots, the rest in the row's general line. */
    function showErrors(scope, result) {
        var unplaced = P.placeErrors(scope, result);
        var general = scope.querySelector('.postmortem-actions-row-errors');
        if (general) {
            general.textContent = unplaced.join(' ');
        }
    }

    P.startPanels('.postmortem-actions', Actions);
}());
