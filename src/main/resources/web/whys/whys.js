/*
 * 5 Whys panel: add, rework, reorder and delete why-chains without reloading the page.
 * A chain is edited whole (problem, steps, root cause) and saved in one request with the revision it was loaded
 * at, so a concurrent change is refused rather than overwritten. After a change the server renders the panel again
 * (P.panel); values from the server put in the editor are set as input values only.
 */
(function () {
    'use strict';

    var P = window.Postmortems;
    var call = P.call;
    var element = P.element;
    var firstMessage = P.firstMessage;

    function Whys(root) {
        this.root = root;
        this.url = P.resource(root, 'whys');
        this.status = root.querySelector('.postmortem-whys-status-line');
        this.editing = false;
    }

    P.panel(Whys, 'whys');

    /** The chains as the page shows them now (the list is rendered again after every change). */
    Whys.prototype.list = function () {
        return this.root.querySelector('.postmortem-whys-chains');
    };

    /** Closes the editor and shows the panel as it is now. */
    Whys.prototype.done = function () {
        this.editing = false;
        return this.reload();
    };

    Whys.prototype.start = function () {
        var self = this;
        P.follow(this.root, ['actions'], function () {
            if (!self.editing) {
                self.reload();
            }
        });
        this.root.addEventListener('click', function (event) {
            var button = event.target.closest('.postmortem-whys-chain-actions button[data-action]');
            if (!button || self.editing) {
                return;
            }
            var chain = button.closest('.postmortem-whys-chain');
            var action = button.dataset.action;
            if (action === 'edit') {
                self.edit(chain);

            } else if (action === 'delete') {
                self.remove(chain);
            } else if (action === 'up' || action === 'down') {
                self.move(chain, action === 'up' ? -1 : 1);
            }
        });
        this.root.addEventListener('submit', function (event) {
            var form = event.target.closest('.postmortem-whys-cause-form');
            if (form) {
                event.preventDefault();
                self.categorize(form);
            }
        });
        var add = this.root.querySelector('[data-action="add-chain"]');
        if (add) {
            add.addEventListener('click', function () {
                if (!self.editing) {
                    self.edit(null);
                }
            });
        }
    };

    /** Opens the editor on a chain, or on a new one when chain is null. */
    Whys.prototype.edit = function (chain) {
        var self = this;
        this.editing = true;
        var id = chain ? chain.dataset.chainId : null;
        var revision = chain ? Number(chain.dataset.revision) : null;
        var form = element('form', {'class': 'aui postmortem-whys-editor', 'novalidate': ''});
        var problemId = 'postmortem-whys-problem-' + (id || 'new');
        var problemGroup = element('div', {'class': 'field-group'});
        problemGroup.appendChild(element('label', {'for': problemId}, AJS.I18n.getText('postmortems.whys.field.problem')));
        var problem = element('textarea', {'class': 'textarea', 'id': problemId, 'name': 'problem', 'rows': '2', 'maxlength': '10000'});
        problemGroup.appendChild(problem);
        P.checkWhileTyping(this.root, problem);
        problemGroup.appendChild(element('div', {'class': 'error', 'data-error-for': 'problem', 'role': 'alert'}));
        form.appendChild(problemGroup);
        var stepList = element('div', {'class': 'postmortem-whys-step-list'});
        form.appendChild(stepList);
        var addStep = element('button', {'type': 'button', 'class': 'aui-button', 'data-action': 'add-step'}, AJS.I18n.getText('postmortems.whys.action.add-step'));
        form.appendChild(addStep);
        var rootGroup = element('div', {'class': 'checkbox'});
        var rootId = 'postmortem-whys-root-' + (id || 'new');
        var rootCause = element('input', {'type': 'checkbox', 'class': 'checkbox', 'id': rootId, 'name': 'rootCause'});
        rootGroup.appendChild(rootCause);
        rootGroup.appendChild(element('label', {'for': rootId}, AJS.I18n.getText('postmortems.whys.field.root-cause')));
        rootGroup.appendChild(element('div', {'class': 'error', 'data-error-for': 'rootCause', 'role': 'alert'}));
        form.appendChild(rootGroup);
        var buttons = element('div', {'class': 'buttons'});
        buttons.appendChild(element('button', {'type': 'submit', 'class': 'aui-button aui-button-primary'}, AJS.I18n.getText('postmortems.whys.action.save')));
        buttons.appendChild(element('button', {'type': 'button', 'class': 'aui-button aui-button-link', 'data-action': 'cancel'},
            AJS.I18n.getText('postmortems.whys.action.cancel')));
        form.appendChild(buttons);

        if (chain) {
            problem.value = chain.querySelector('.postmortem-whys-problem').textContent;
            Array.prototype.forEach.call(chain.querySelectorAll('.postmortem-whys-step'), function (step) {
                self.addStep(stepList, step.dataset.question, step.dataset.answer);
            });
            rootCause.checked = chain.dataset.rootCause === 'true';
        } else {
            this.addStep(stepList, '', '');
        }
        var host = chain || element('li', {'class': 'postmortem-whys-chain'});
        host.textContent = '';
        host.appendChild(form);
        if (!chain) {
            this.list().appendChild(host);
        }
        problem.focus();

        function cancel() {
            self.done();
        }

        addStep.addEventListener('click', function () {
            var added = self.addStep(stepList, '', '');
            added.querySelector('input').focus();
        });
        form.addEventListener('keydown', function (event) {
            if (event.key === 'Escape') {
                cancel();
            }
        });
        buttons.querySelector('[data-action="cancel"]').addEventListener('click', cancel);
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            self.clearErrors(form);
            var body = {
                problem: problem.value,
                steps: Array.prototype.map.call(stepList.querySelectorAll('.postmortem-whys-step-editor'), function (step) {
                    return {question: step.querySelector('input').value, answer: step.querySelector('textarea').value};
                }),
                rootCause: rootCause.checked
            };
            // A new cause carries one reference until it is added: a retry or second click never adds it twice.
            form.dataset.requestId = form.dataset.requestId || P.requestId();
            P.saving(form, function () {
                return id ? call('PUT', self.url + '/' + encodeURIComponent(id), Object.assign({revision: revision}, body))
                    : call('POST', self.url, Object.assign({requestId: form.dataset.requestId}, body));
            }).then(function (reply) {
                if (reply.status === 200 || reply.status === 201) {
                    self.say('');
                    return self.done();
                }
                if (reply.status === 409 && reply.data && reply.data.current) {
                    // Load the newer version into the editor; saving again is a choice made on top of it.
                    var current = reply.data.current;
                    revision = current.revision;
                    problem.value = current.problem;
                    stepList.textContent = '';
                    current.steps.forEach(function (step) {
                        self.addStep(stepList, step.question, step.answer);
                    });
                    rootCause.checked = current.rootCauseMarked;
                }
                self.showErrors(form, reply);
            });
        });
    };

    Whys.prototype.addStep = function (list, question, answer) {
        var self = this;
        var index = list.children.length;
        var step = element('div', {'class': 'postmortem-whys-step-editor'});
        var questionId = 'postmortem-whys-q-' + Date.now() + '-' + index;
        var answerId = 'postmortem-whys-a-' + Date.now() + '-' + index;
        step.appendChild(element('label', {'for': questionId}, AJS.I18n.getText('postmortems.whys.field.question')));
        var questionInput = element('input', {'type': 'text', 'class': 'text', 'id': questionId, 'maxlength': '10000'});
        questionInput.value = question;
        step.appendChild(questionInput);
        step.appendChild(element('label', {'for': answerId}, AJS.I18n.getText('postmortems.whys.field.answer')));
        var answerInput = element('textarea', {'class': 'textarea', 'id': answerId, 'rows': '2', 'maxlength': '10000'});
        answerInput.value = answer;
        step.appendChild(answerInput);
        P.checkWhileTyping(this.root, answerInput);
        var tools = element('div', {'class': 'postmortem-whys-step-tools'});
        [['step-up', '\u2191', AJS.I18n.getText('postmortems.whys.action.step-up')], ['step-down', '\u2193', AJS.I18n.getText('postmortems.whys.action.step-down')],
            ['remove-step', AJS.I18n.getText('postmortems.whys.action.remove-step'), AJS.I18n.getText('postmortems.whys.action.remove-step')]].forEach(function (tool) {
            tools.appendChild(element('button', {'type': 'button', 'class': 'aui-button aui-button-link', 'data-action': tool[0],
                'aria-label': tool[2]}, tool[1]));
        });
        step.appendChild(tools);
        tools.addEventListener('click', function (event) {
            var button = event.target.closest('button');
            if (!button) {
                return;
            }
            if (button.dataset.action === 'remove-step') {
                step.remove();
            } else if (button.dataset.action === 'step-up' && step.previousElementSibling) {
                list.insertBefore(step, step.previousElementSibling);
                button.focus();
            } else if (button.dataset.action === 'step-down' && step.nextElementSibling) {
                list.insertBefore(step.nextElementSibling, step);
                button.focus();
            }
            self.renumberErrors(list);
        });
        list.appendChild(step);
        this.renumberErrors(list);
        return step;
    };

    /** Error slots follow the steps' current order, as the server names them: steps[0].question, … */
    Whys.prototype.renumberErrors = function (list) {
        Array.prototype.forEach.call(list.children, function (step, index) {
            Array.prototype.forEach.call(step.querySelectorAll('.error'), function (slot) {
                slot.remove();
            });
            step.insertBefore(element('div', {'class': 'error', 'data-error-for': 'steps[' + index + '].question', 'role': 'alert'}),
                step.querySelector('textarea').previousElementSibling);
            step.appendChild(element('div', {'class': 'error', 'data-error-for': 'steps[' + index + '].answer', 'role': 'alert'}));
        });
    };

    Whys.prototype.remove = function (chain) {
        var self = this;
        P.deleteOnceConfirmed({title: AJS.I18n.getText('postmortems.whys.action.delete'), question: AJS.I18n.getText('postmortems.whys.confirm.delete'), yes: AJS.I18n.getText('postmortems.whys.action.delete'),
            no: AJS.I18n.getText('postmortems.whys.action.cancel')}, this.url + '/' + encodeURIComponent(chain.dataset.chainId)).then(function (reply) {
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

    /** Saves a chain's cause category and component (the form opens behind its button), with the chain's revision. */
    Whys.prototype.categorize = function (form) {
        var self = this;
        var chain = form.closest('.postmortem-whys-chain');
        function number(name) {
            var field = form.elements[name];
            return field && field.value ? Number(field.value) : null;
        }
        self.clearErrors(form);
        P.saving(form, function () {
            return call('PUT', self.url + '/' + encodeURIComponent(chain.dataset.chainId) + '/category',
                {categoryId: number('categoryId'), componentId: number('componentId'), revision: Number(chain.dataset.revision)});
        }).then(function (reply) {
            if (reply.status === 200) {
                self.say('');
                return self.done();
            }
            self.showErrors(form, reply);
        });
    };

    Whys.prototype.move = function (chain, step) {
        var self = this;
        var ids = Array.prototype.map.call(this.list().querySelectorAll('.postmortem-whys-chain'), function (item) {
            return Number(item.dataset.chainId);
        });
        var from = ids.indexOf(Number(chain.dataset.chainId));
        var to = from + step;
        if (to < 0 || to >= ids.length) {
            return;
        }
        ids.splice(to, 0, ids.splice(from, 1)[0]);
        call('PUT', this.url + '/order', {chainIds: ids}).then(function (reply) {
            if (reply.status !== 200) {
                P.flag('error', firstMessage(reply));
                return;
            }
            return self.reload().then(function () {
                var moved = self.list().querySelector('[data-chain-id="' + chain.dataset.chainId + '"] [data-action="'
                    + (step < 0 ? 'up' : 'down') + '"]');
                if (moved) {
                    moved.focus();
                }
            });
        });
    };

    Whys.prototype.clearErrors = function (form) {
        P.clearErrors(form);
        this.say('');
    };

    Whys.prototype.showErrors = function (form, reply) {
        var unplaced = P.placeErrors(form, reply.data);
        var placedAny = reply.data && reply.data.errors && Object.keys(reply.data.errors).length > 0;
        this.say(unplaced.length ? unplaced.join(' ') : (placedAny ? '' : 'HTTP ' + reply.status));
    };

    P.startPanels('.postmortem-whys', Whys);
}());
