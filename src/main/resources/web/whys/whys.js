/*
 * 5 Whys panel: add, rework, reorder and delete why-chains without reloading the page.
 * A chain is edited whole (problem, steps, root cause) and saved in one request with the revision it was loaded
 * at, so a concurrent change is refused rather than overwritten. Values from the server are shown with
 * textContent only; words the blameless check found are wrapped in <mark>, their text still text.
 */
(function () {
    'use strict';

    var P = window.Postmortems;
    var call = P.call;
    var element = P.element;
    var firstMessage = P.firstMessage;

    var appendParts = P.appendParts;

    function Whys(root) {
        this.root = root;
        this.url = P.resource(root, 'whys');
        this.editable = root.dataset.editable === 'true';
        this.list = root.querySelector('.postmortem-whys-chains');
        this.status = root.querySelector('.postmortem-whys-status-line');
        this.editing = false;
    }

    P.panel(Whys);

    Whys.prototype.start = function () {
        var self = this;
        P.follow(this.root, ['actions'], function () {
            if (!self.editing) {
                self.reload();
            }
        });
        this.list.addEventListener('click', function (event) {
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
        var add = this.root.querySelector('[data-action="add-chain"]');
        if (add) {
            add.addEventListener('click', function () {
                if (!self.editing) {
                    self.edit(null);
                }
            });
        }
    };

    Whys.prototype.render = function (view) {
        var self = this;
        this.editing = false;
        this.root.querySelector('.postmortem-whys-summary strong').textContent = view.summary;
        this.root.querySelector('.postmortem-whys-blameless').hidden = !view.blameFound;
        this.root.querySelector('.postmortem-whys-empty').hidden = view.chains.length > 0;
        this.list.textContent = '';
        view.chains.forEach(function (chain) {
            self.list.appendChild(self.chainElement(chain));
        });
    };

    Whys.prototype.chainElement = function (chain) {
        var self = this;
        var item = element('li', {
            'class': 'postmortem-whys-chain postmortem-whys-' + chain.status, 'data-chain-id': String(chain.id),
            'data-revision': String(chain.revision), 'data-root-cause': String(chain.rootCauseMarked)
        });
        var head = element('div', {'class': 'postmortem-whys-chain-head'});
        var problem = element('h3', {'class': 'postmortem-whys-problem'});
        appendParts(problem, chain.problemParts);
        head.appendChild(problem);
        head.appendChild(element('span', {'class': 'aui-lozenge postmortem-whys-status', 'data-status': chain.status}, chain.statusLabel));
        item.appendChild(head);
        var steps = element('ol', {'class': 'postmortem-whys-steps'});
        chain.steps.forEach(function (step, index) {
            var li = element('li', {'class': 'postmortem-whys-step', 'data-question': step.question, 'data-answer': step.answer});
            var question = element('span', {'class': 'postmortem-whys-question'});
            appendParts(question, step.questionParts);
            var answer = element('span', {'class': 'postmortem-whys-answer'});
            appendParts(answer, step.answerParts);
            li.appendChild(question);
            li.appendChild(answer);
            if (chain.rootCauseMarked && index === chain.steps.length - 1) {
                li.appendChild(element('span', {'class': 'aui-lozenge aui-lozenge-success postmortem-whys-root-cause'},
                    self.text('RootCauseLabel')));
            }
            steps.appendChild(li);
        });
        item.appendChild(steps);
        if (chain.keepAsking) {
            item.appendChild(element('p', {'class': 'postmortem-whys-hint'}, this.text('KeepAsking')));
        }
        if (chain.actions.length) {
            var actions = element('p', {'class': 'postmortem-whys-actions'}, this.text('AddressedBy') + ' ');
            chain.actions.forEach(function (action) {
                if (action.restricted) {
                    actions.appendChild(element('span', {'class': 'postmortem-whys-restricted', 'title': self.text('Restricted')}, action.key));
                } else {
                    actions.appendChild(element('a', {'href': action.url, 'title': action.summary}, action.key));
                    actions.appendChild(document.createTextNode(' '));
                    actions.appendChild(element('span', {'class': 'aui-lozenge aui-lozenge-subtle'}, action.kindLabel));
                }
                actions.appendChild(document.createTextNode(' '));
            });
            item.appendChild(actions);
        }
        if (this.editable) {
            var buttons = element('div', {'class': 'postmortem-whys-chain-actions'});
            [['edit', this.text('Edit')], ['delete', this.text('Delete')]].forEach(function (pair) {
                buttons.appendChild(element('button', {'type': 'button', 'class': 'aui-button aui-button-link', 'data-action': pair[0]}, pair[1]));
            });
            buttons.appendChild(element('button', {'type': 'button', 'class': 'aui-button aui-button-link', 'data-action': 'up',
                'aria-label': this.text('ChainUp')}, '\u2191'));
            buttons.appendChild(element('button', {'type': 'button', 'class': 'aui-button aui-button-link', 'data-action': 'down',
                'aria-label': this.text('ChainDown')}, '\u2193'));
            item.appendChild(buttons);
        }
        return item;
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
        problemGroup.appendChild(element('label', {'for': problemId}, this.text('Problem')));
        var problem = element('textarea', {'class': 'textarea', 'id': problemId, 'name': 'problem', 'rows': '2', 'maxlength': '10000'});
        problemGroup.appendChild(problem);
        P.checkWhileTyping(this.root, problem);
        problemGroup.appendChild(element('div', {'class': 'error', 'data-error-for': 'problem', 'role': 'alert'}));
        form.appendChild(problemGroup);
        var stepList = element('div', {'class': 'postmortem-whys-step-list'});
        form.appendChild(stepList);
        var addStep = element('button', {'type': 'button', 'class': 'aui-button', 'data-action': 'add-step'}, this.text('AddStep'));
        form.appendChild(addStep);
        var rootGroup = element('div', {'class': 'checkbox'});
        var rootId = 'postmortem-whys-root-' + (id || 'new');
        var rootCause = element('input', {'type': 'checkbox', 'class': 'checkbox', 'id': rootId, 'name': 'rootCause'});
        rootGroup.appendChild(rootCause);
        rootGroup.appendChild(element('label', {'for': rootId}, this.text('RootCause')));
        rootGroup.appendChild(element('div', {'class': 'error', 'data-error-for': 'rootCause', 'role': 'alert'}));
        form.appendChild(rootGroup);
        var buttons = element('div', {'class': 'buttons'});
        buttons.appendChild(element('button', {'type': 'submit', 'class': 'aui-button aui-button-primary'}, this.text('Save')));
        buttons.appendChild(element('button', {'type': 'button', 'class': 'aui-button aui-button-link', 'data-action': 'cancel'},
            this.text('Cancel')));
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
            this.list.appendChild(host);
        }
        problem.focus();

        function cancel() {
            self.reload();
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
                    return self.reload();
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
        step.appendChild(element('label', {'for': questionId}, this.text('Question')));
        var questionInput = element('input', {'type': 'text', 'class': 'text', 'id': questionId, 'maxlength': '10000'});
        questionInput.value = question;
        step.appendChild(questionInput);
        step.appendChild(element('label', {'for': answerId}, this.text('Answer')));
        var answerInput = element('textarea', {'class': 'textarea', 'id': answerId, 'rows': '2', 'maxlength': '10000'});
        answerInput.value = answer;
        step.appendChild(answerInput);
        P.checkWhileTyping(this.root, answerInput);
        var tools = element('div', {'class': 'postmortem-whys-step-tools'});
        [['step-up', '\u2191', this.text('StepUp')], ['step-down', '\u2193', this.text('StepDown')],
            ['remove-step', this.text('RemoveStep'), this.text('RemoveStep')]].forEach(function (tool) {
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
        P.deleteOnceConfirmed({title: this.text('Delete'), question: this.text('ConfirmDelete'), yes: this.text('Delete'),
            no: this.text('Cancel')}, this.url + '/' + encodeURIComponent(chain.dataset.chainId)).then(function (reply) {
            if (reply === null) {
                return;
            }
            if (reply.status !== 204 && reply.status !== 404) {
                self.say(firstMessage(reply));
                return;
            }
            return self.reload();
        });
    };

    Whys.prototype.move = function (chain, step) {
        var self = this;
        var ids = Array.prototype.map.call(this.list.querySelectorAll('.postmortem-whys-chain'), function (item) {
            return Number(item.dataset.chainId);
        });
        var from = ids.indexOf(Number(chain.dataset.chainId));
        var to = from + step;
        if (to < 0 || to >= ids.length) {
            return;
        }
        ids.splice(to, 0, ids.splice(from, 1)[0]);
        call('PUT', this.url + '/order', {chainIds: ids}).then(function (reply) {
            if (reply.status === 200) {
                self.render(reply.data);
                var moved = self.list.querySelector('[data-chain-id="' + chain.dataset.chainId + '"] [data-action="'
                    + (step < 0 ? 'up' : 'down') + '"]');
                if (moved) {
                    moved.focus();
                }
            } else {
                self.say(firstMessage(reply));
            }
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
