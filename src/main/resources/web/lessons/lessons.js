/*
 * Lessons panel: the five questions answered inline, all saved in one request with the revision they were loaded
 * at, so answers saved meanwhile by someone else are shown rather than overwritten. Values from the server are shown
 * with textContent only; words the blameless check found are wrapped in <mark>, their text still text.
 */
(function () {
    'use strict';

    var P = window.Postmortems;
    var element = P.element;

    function Lessons(root) {
        this.root = root;
        this.url = P.resource(root, 'lessons');
        this.list = root.querySelector('.postmortem-lessons-questions');
        this.status = root.querySelector('.postmortem-lessons-status');
        this.revision = Number(root.dataset.revision);
    }

    P.panel(Lessons);

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
        return Array.prototype.map.call(this.list.querySelectorAll('dt'), function (question) {
            var answer = question.nextElementSibling;
            return {key: question.dataset.question, question: question.textContent, hint: question.title,
                answer: answer.dataset.answer};
        });
    };

    Lessons.prototype.render = function (view) {
        this.revision = view.revision;
        this.root.querySelector('.postmortem-lessons-summary strong').textContent = view.summary;
        this.root.querySelector('.postmortem-lessons-blameless').hidden = !view.blameFound;
        this.list.textContent = '';
        var unanswered = this.text('Unanswered');
        var self = this;
        view.questions.forEach(function (question) {
            self.list.appendChild(element('dt', {'class': 'postmortem-lessons-question', 'data-question': question.key,
                'title': question.hint}, question.question));
            var answer = element('dd', {'class': 'postmortem-lessons-answer', 'data-question': question.key,
                'data-answer': question.answer});
            if (question.answer) {
                P.appendParts(answer, question.answerParts);
            } else {
                answer.appendChild(element('span', {'class': 'postmortem-lessons-unanswered'}, unanswered));
            }
            self.list.appendChild(answer);
        });
        this.list.hidden = false;
        var edit = this.root.querySelector('[data-action="edit"]');
        if (edit) {
            edit.hidden = false;
        }
        var form = this.root.querySelector('form');
        if (form) {
            form.remove();
        }
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
        buttons.appendChild(element('button', {'type': 'submit', 'class': 'aui-button aui-button-primary'}, this.text('Save')));
        buttons.appendChild(element('button', {'type': 'button', 'class': 'aui-button aui-button-link', 'data-action': 'cancel'},
            this.text('Cancel')));
        form.appendChild(buttons);
        this.list.hidden = true;
        this.root.querySelector('[data-action="edit"]').hidden = true;
        this.list.after(form);
        form.querySelector('textarea').focus();

        function cancel() {
            self.say('');
            self.reload();
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
                return P.call('PUT', self.url, {revision: self.revision, answers: answers});
            }).then(function (reply) {
                if (reply.status === 200) {
                    self.render(reply.data);
                    self.say(self.text('Saved'));
                    return;
                }
                if (reply.status === 409 && reply.data && reply.data.current) {
                    // Someone saved meanwhile: keep what this person wrote, show theirs beside it to take or merge;
                    // saving again is then a choice made having seen both.
                    self.revision = reply.data.current.revision;
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
        theirs.appendChild(element('p', {}, this.text('SavedMeanwhile')));
        theirs.appendChild(element('blockquote', {}, question.answer));
        var take = element('button', {'type': 'button', 'class': 'aui-button aui-button-link'}, this.text('UseTheirs'));
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
