/*
 * Timeline panel: add, correct, delete and paste entries without reloading the page; after each change the server
 * renders the panel again (P.panel). Values from the server in forms are set as text or input values, never as HTML.
 * Requests send JSON, which the REST resource requires: that is what keeps them safe from cross-site forgery.
 */
(function () {
    'use strict';

    var P = window.Postmortems;
    var call = P.call;
    var element = P.element;
    var firstMessage = P.firstMessage;

    function Timeline(root) {
        this.root = root;
        this.url = P.resource(root, 'timeline');
        this.status = root.querySelector('.postmortem-timeline-status');
        this.tags = Array.prototype.map.call(root.querySelectorAll('#postmortem-timeline-tag option'), function (option) {
            return {key: option.value, label: option.textContent};
        });
    }

    P.panel(Timeline, 'timeline');

    Timeline.prototype.start = function () {
        var self = this;
        var add = this.root.querySelector('.postmortem-timeline-add');
        if (add) {
            add.addEventListener('submit', function (event) {
                event.preventDefault();
                self.add(add);
            });
        }
        // On the table, not its rows: the rows are rendered again after every change.
        this.root.querySelector('.postmortem-timeline-table').addEventListener('click', function (event) {
            var button = event.target.closest('button[data-action]');
            if (!button) {
                return;
            }
            var row = button.closest('tr');
            if (button.dataset.action === 'edit') {
                self.edit(row);
            } else if (button.dataset.action === 'delete') {
                self.remove(row);
            }
        });
        var paste = this.root.querySelector('.postmortem-timeline-paste form');
        if (paste) {
            paste.querySelector('[data-action="preview"]').addEventListener('click', function () {
                self.preview(paste);
            });
            paste.querySelector('[data-action="add-pasted"]').addEventListener('click', function () {
                self.addPasted(paste);
            });
        }
    };

    Timeline.prototype.add = function (form) {
        var self = this;
        this.clearErrors(form);
        // One reference per entry, sent again by a retry: the server adds the entry once however often it arrives.
        form.dataset.requestId = form.dataset.requestId || P.requestId();
        P.saving(form, function () {
            return call('POST', self.url, {
                occurredAt: form.elements.occurredAt.value,
                text: form.elements.text.value,
                tag: form.elements.tag.value,
                requestId: form.dataset.requestId
            });
        }).then(function (reply) {
            if (reply.status === 201 || reply.status === 200) {
                delete form.dataset.requestId;
                form.elements.text.value = '';
                form.elements.tag.value = '';
                self.say('');
                return self.reload().then(function () {
                    form.elements.occurredAt.focus();
                });
            }
            self.showErrors(form, reply);
        });
    };

    Timeline.prototype.edit = function (row) {
        var self = this;
        var id = row.dataset.entryId;
        var cell = element('td', {'colspan': String(row.children.length), 'class': 'postmortem-timeline-edit'});
        var form = element('form', {'class': 'aui', 'novalidate': ''});
        form.appendChild(this.field('occurredAt', AJS.I18n.getText('postmortems.timeline.field.when'), element('input', {
            'type': 'datetime-local', 'class': 'text medium-field', 'name': 'occurredAt', 'id': 'postmortem-timeline-edit-when-' + id
        })));
        form.appendChild(this.field('text', AJS.I18n.getText('postmortems.timeline.field.what'), element('textarea', {
            'class': 'textarea', 'name': 'text', 'rows': '2', 'maxlength': '10000', 'id': 'postmortem-timeline-edit-what-' + id
        })));
        var select = element('select', {'class': 'select', 'name': 'tag', 'id': 'postmortem-timeline-edit-tag-' + id});
        this.tags.forEach(function (tag) {
            select.appendChild(element('option', {'value': tag.key}, tag.label));
        });
        form.appendChild(this.field('tag', AJS.I18n.getText('postmortems.timeline.field.tag'), select));
        var buttons = element('div', {'class': 'buttons'});
        buttons.appendChild(element('button', {'type': 'submit', 'class': 'aui-button aui-button-primary'}, AJS.I18n.getText('postmortems.timeline.action.save')));
        buttons.appendChild(element('button', {'type': 'button', 'class': 'aui-button aui-button-link', 'data-action': 'cancel'},
            AJS.I18n.getText('postmortems.timeline.action.cancel')));
        form.appendChild(buttons);
        cell.appendChild(form);

        form.elements.occurredAt.value = row.dataset.local;
        form.elements.text.value = row.querySelector('.postmortem-timeline-text').textContent;
        form.elements.tag.value = row.dataset.tag;
        var revision = row.dataset.revision;
        var original = Array.prototype.slice.call(row.children);
        row.textContent = '';
        row.appendChild(cell);
        form.elements.text.focus();

        var conflicted = false;

        function cancel() {
            if (conflicted) {
                // The row behind the form is out of date: show the timeline as it is now.
                self.reload();
                return;
            }
            row.textContent = '';
            original.forEach(function (child) {
                row.appendChild(child);
            });
            row.querySelector('button[data-action="edit"]').focus();
        }

        form.addEventListener('keydown', function (event) {
            if (event.key === 'Escape') {
                cancel();
            }
        });
        buttons.querySelector('[data-action="cancel"]').addEventListener('click', cancel);
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            self.clearErrors(form);
            P.saving(form, function () {
                return call('PUT', self.url + '/' + encodeURIComponent(id), {
                    occurredAt: form.elements.occurredAt.value,
                    text: form.elements.text.value,
                    tag: form.elements.tag.value,
                    revision: Number(revision)
                });
            }).then(function (reply) {
                if (reply.status === 200) {
                    self.say('');
                    return self.reload();
                }
                if (reply.status === 409 && reply.data && reply.data.current) {
                    // Show the newer version; saving again is a deliberate choice made on top of it.
                    var current = reply.data.current;
                    conflicted = true;
                    revision = current.revision;
                    form.elements.occurredAt.value = current.occurredAtLocal;
                    form.elements.text.value = current.text;
                    form.elements.tag.value = current.tag;
                }
                self.showErrors(form, reply);
            });
        });
    };

    Timeline.prototype.field = function (name, label, input) {
        var group = element('div', {'class': 'field-group'});
        group.appendChild(element('label', {'for': input.id}, label));
        group.appendChild(input);
        group.appendChild(element('div', {'class': 'error', 'data-error-for': name, 'role': 'alert'}));
        return group;
    };

    Timeline.prototype.remove = function (row) {
        var self = this;
        P.deleteOnceConfirmed({title: AJS.I18n.getText('postmortems.timeline.action.delete'), question: AJS.I18n.getText('postmortems.timeline.confirm.delete'), yes: AJS.I18n.getText('postmortems.timeline.action.delete'),
            no: AJS.I18n.getText('postmortems.timeline.action.cancel')}, this.url + '/' + encodeURIComponent(row.dataset.entryId)).then(function (reply) {
            if (reply === null) {
                return;
            }
            if (reply.status !== 204 && reply.status !== 404) {
                P.flag('error', firstMessage(reply));
                return;
            }
            self.say('');
            return self.reload();
        });
    };

    Timeline.prototype.pasteBody = function (form) {
        return {text: form.elements.text.value, date: form.elements.date.value, zone: form.elements.zone.value};
    };

    Timeline.prototype.preview = function (form) {
        var self = this;
        this.clearErrors(form);
        var addButton = form.querySelector('[data-action="add-pasted"]');
        var table = form.querySelector('.postmortem-timeline-paste-preview');
        var summary = form.querySelector('.postmortem-timeline-paste-summary');
        P.ask(this.url + '/paste/preview', this.pasteBody(form)).then(function (reply) {
            if (reply.status !== 200) {
                addButton.disabled = true;
                table.hidden = true;
                self.showErrors(form, reply);
                return;
            }
            var body = table.querySelector('tbody');
            body.textContent = '';
            reply.data.lines.forEach(function (line) {
                var tr = element('tr', {'class': line.understood ? 'understood' : 'not-understood'});
                tr.appendChild(element('td', {}, String(line.number)));
                tr.appendChild(element('td', {}, line.understood ? line.when : line.line));
                var text = element('td', {}, line.understood ? line.text : line.problem);
                if (line.tagLabel) {
                    text.appendChild(document.createTextNode(' '));
                    text.appendChild(element('span', {'class': 'aui-lozenge aui-lozenge-subtle', 'data-tag': line.tag}, line.tagLabel));
                }
                tr.appendChild(text);
                body.appendChild(tr);
            });
            table.hidden = reply.data.lines.length === 0;
            summary.textContent = reply.data.understood + ' \u2713 \u00b7 ' + reply.data.notUnderstood + ' \u2717';
            addButton.disabled = reply.data.understood === 0;
        });
    };

    Timeline.prototype.addPasted = function (form) {
        var self = this;
        this.clearErrors(form);
        form.dataset.requestId = form.dataset.requestId || P.requestId();
        var pasted = this.pasteBody(form);
        P.saving(form, function () {
            return call('POST', self.url + '/paste', Object.assign({requestId: form.dataset.requestId}, pasted));
        }).then(function (reply) {
            if (reply.status !== 201 && reply.status !== 200) {
                self.showErrors(form, reply);
                return;
            }
            delete form.dataset.requestId;
            // The lines not understood stay in the box, to be mended and added in turn.
            return P.ask(self.url + '/paste/preview', pasted).then(function (preview) {
                var lines = preview.status === 200 ? preview.data.lines : [];
                form.elements.text.value = lines.filter(function (line) {
                    return !line.understood;
                }).map(function (line) {
                    return line.line;
                }).join('\n');
                self.pasted(form);
            });
        });
    };

    /** The paste box after an import: preview cleared, nothing to add until the next preview. */
    Timeline.prototype.pasted = function (form) {
        form.querySelector('.postmortem-timeline-paste-preview').hidden = true;
        form.querySelector('.postmortem-timeline-paste-summary').textContent = '';
        form.querySelector('[data-action="add-pasted"]').disabled = true;
        return this.reload();
    };

    Timeline.prototype.clearErrors = function (form) {
        P.clearErrors(form);
        this.say('');
    };

    Timeline.prototype.showErrors = function (form, reply) {
        var unplaced = P.placeErrors(form, reply.data);
        var placedAny = reply.data && reply.data.errors && Object.keys(reply.data.errors).length > 0;
        this.say(unplaced.length ? unplaced.join(' ') : (placedAny ? '' : 'HTTP ' + reply.status));
    };

    P.startPanels('.postmortem-timeline', Timeline);
}());
