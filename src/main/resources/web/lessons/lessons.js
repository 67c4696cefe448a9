/*
 * Lessons panel: the five questions answered inline, all saved in one request with the revision they were loaded
 * at, so answers saved meanwhile by someone else are shown rather than overwritten. After a save the server renders
 * the panel again (P.panel); values from the server put in the form are set as text or input values only.
 */
(function () {
    'use strict';

    var P = window.Postmortems;
    var element = P.element;

    function Lessons(root) {
        this.root = root;
        this.url = P.resource(root, 'lessons');
        this.status = root.querySelector('.postmortem-lessons-status');
    }

    P.panel(Lessons, 'lessons');

    /** The answers as the page shows them now (rendered again after every save). */
    Lessons.prototype.list = function () {
        return this.root.querySelector('.postmortem-lessons-questions');
    };

    /** The form gone, the answers shown as they are now. */
    Lessons.prototype.done = function () {
        var form = this.root.querySelector('form');
        if (form) {
            form.remove();
        }
        this.root.querySelector('[data-action="edit"]').hidden = false;
        return this.reload().then(function () {
            this.list().hidden = false;
        }.bind(this));
    };

    Lessons.prototype.start = function () {
        var self = this;
        var edit = this.root.querySelector('[data-action="edit"]');
        if (edit) {
            edit.addEventListener('click', function () {
                self.edit();
            });
        }
    };

    /** The questions as the page shows them now: key, question, hint and answer. */
    Lessons.prototype.questions = function () {
        return Array.prototype.map.call(this.list().querySelectorAll('dt'), function (question) {
            var answer = question.nextElementSibling;
            return {key: question.dataset.question, question: question.textContent, hint: question.title,
                answer: answer.dataset.answer};
        });
    };

    Lessons.prototype.edit = function () {
        var self = this;
        var form = element('form', {'class': 'aui postmortem-lessons-form', 'novalidate': ''});
        this.questions().forEach(function (question) {
            var id = 'postmortem-lessons-' + question.key;
            var label = element('label', {'for': id}, question.question);
            label.appendChild(element('span', {'class': 'postmortem-lessons-hint'}, question.hint));
            form.appendChild(label);
            var answer = element('textarea', {'id': id, 'name': question.key, 'rows': '3', 'class': 'textarea'});
            answer.value = question.answer;
            form.appendChild(answer);
            P.checkWhileTyping(self.root, answer);
            form.appendChild(element('div', {'class': 'error', 'data-error-for': question.key, 'role': 'alert'}));
        });
        var buttons = element('div', {'class': 'buttons'});
        buttons.appendChild(element('button', {'type': 'submit', 'class': 'aui-button aui-button-primary'}, AJS.I18n.getText('postmortems.lessons.action.save')));
        buttons.appendChild(element('button', {'type': 'button', 'class': 'aui-button aui-button-link', 'data-action': 'cancel'},
            AJS.I18n.getText('postmortems.lessons.action.cancel')));
        form.appendChild(buttons);
        this.list().hidden = true;
        this.root.querySelector('[data-action="edit"]').hidden = true;
        this.list().after(form);
        form.querySelector('textarea').focus();

        function cancel() {
            self.say('');
            self.done();
        }

        buttons.querySelector('[data-action="cancel"]').addEventListener('click', cancel);
        form.addEventListener('keydown', function (event) {
            if (event.key === 'Escape') {
                cancel();
            }
        });
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            P.clearErrors(form);
            self.say('');
            var answers = {};
            Array.prototype.forEach.call(form.querySelectorAll('textarea'), function (answer) {
                answers[answer.name] = answer.value;
            });
            P.saving(form, function () {
                return P.call('PUT', self.url, {revision: Number(self.root.dataset.revision), answers: answers});
            }).then(function (reply) {
                if (reply.status === 200) {
                    return self.done().then(function () {
                        P.flag('success', AJS.I18n.getText('postmortems.lessons.saved'));
                    });
                }
                if (reply.status === 409 && reply.data && reply.data.current) {
                    // Someone saved meanwhile: keep what this person wrote, show theirs beside it to take or merge;
                    // saving again is then a choice made having seen both.
                    self.root.dataset.revision = String(reply.data.current.revision);
                    reply.data.current.questions.forEach(function (question) {
                        self.showTheirs(form, question);
                    });
                }
                var unplaced = P.placeErrors(form, reply.data);
                self.say(unplaced.join(' '));
            });
        });
    };

    /** Beside one answer: what someone else saved meanwhile, with a button to take it; nothing if it is the same. */
    Lessons.prototype.showTheirs = function (form, question) {
        var mine = form.querySelector('textarea[name="' + question.key + '"]');
        var earlier = form.querySelector('[data-theirs-for="' + question.key + '"]');
        if (earlier) {
            earlier.remove();
        }
        if (mine.value === question.answer) {
            return;
        }
        var theirs = element('div', {'class': 'postmortem-lessons-theirs', 'data-theirs-for': question.key});
        theirs.appendChild(element('p', {}, AJS.I18n.getText('postmortems.lessons.saved-meanwhile')));
        theirs.appendChild(element('blockquote', {}, question.answer));
        var take = element('button', {'type': 'button', 'class': 'aui-button aui-button-link'}, AJS.I18n.getText('postmortems.lessons.use-theirs'));
        take.addEventListener('click', function () {
            mine.value = question.answer;
            theirs.remove();
            mine.focus();
        });
        theirs.appendChild(take);
        mine.insertAdjacentElement('afterend', theirs);
    };

    P.startPanels('.postmortem-lessons', Lessons);
}());
