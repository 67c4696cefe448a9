/*
 * What every postmortem panel's script shares: JSON requests to the app's REST resources (JSON is what keeps
 * changes safe from cross-site forgery), building elements with text only, and starting each panel once, also
 * when Jira re-renders the issue view without a page load.
 */
(function () {
    'use strict';

    function contextPath() {
        return window.AJS && typeof window.AJS.contextPath === 'function' ? window.AJS.contextPath() : '';
    }

    /** What each kind of blameless finding means, in the reader's language (Jira's jsI18n transformer fills them in). */
    var FINDINGS = {
        person: AJS.I18n.getText('postmortems.blameless.finding.person'),
        mention: AJS.I18n.getText('postmortems.blameless.finding.mention'),
        phrase: AJS.I18n.getText('postmortems.blameless.finding.phrase')
    };

    /** The event sent on the document after a change was saved. */
    var CHANGED = 'postmortems:changed';

    function rest(path) {
        return contextPath() + '/rest/postmortems/1.0' + path;
    }

    /** A panel's REST resource: the feature's path under the postmortem its root names, e.g. .../OPS-2/timeline. */
    function resource(root, feature) {
        return rest('/postmortems/' + encodeURIComponent(root.dataset.issueKey) + '/' + feature);
    }

    function send(method, url, body, announce) {
        var headers = {'Accept': 'application/json', 'X-Atlassian-Token': 'no-check'};
        if (body !== undefined) {
            headers['Content-Type'] = 'application/json';
        }
        return fetch(url, {
            method: method, credentials: 'same-origin', headers: headers,
            body: body === undefined ? undefined : JSON.stringify(body)
        }).then(function (response) {
            if (announce && response.ok) {
                // Other panels of the postmortem (the readiness checklist) follow what this change did.
                document.dispatchEvent(new CustomEvent(CHANGED, {detail: {url: url}}));
            }
            if (response.status === 204) {
                return {status: 204, data: null};
            }
            return response.json().then(function (data) {
                return {status: response.status, data: data};
            }, function () {
                return {status: response.status, data: null};
            });
        });
    }

    /** A request to the app; a change that succeeds tells the other panels. */
    function call(method, url, body) {
        return send(method, url, body, method !== 'GET');
    }

    /** A question asked by POST that changes nothing (a check), so no panel needs to follow it. */
    function ask(url, body) {
        return send('POST', url, body, false);
    }

    /**
     * Marks, while the person types, the words the blameless check finds in a field — debounced, through the check
     * endpoint — so the writer sees them before saving. The findings are listed under the field, as text.
     */
    function checkWhileTyping(root, field) {
        var url = resource(root, 'blameless-check');
        var found = element('ul', {'class': 'postmortem-blame-live', 'aria-live': 'polite'});
        field.insertAdjacentElement('afterend', found);
        var timer = null;
        var asked = 0;
        field.addEventListener('input', function () {
            window.clearTimeout(timer);
            timer = window.setTimeout(function () {
                var question = ++asked;
                if (!field.value.trim()) {
                    found.textContent = '';
                    return;
                }
                ask(url, {text: field.value}).then(function (reply) {
                    if (question !== asked || reply.status !== 200) {
                        return; // a newer check is under way, or the check could not answer
                    }
                    found.textContent = '';
                    reply.data.findings.forEach(function (finding) {
                        var why = FINDINGS[finding.kind] || '';
                        found.appendChild(element('li', {'data-finding': finding.kind},
                            '\u201c' + finding.words + '\u201d \u2014 ' + why));
                    });
                });
            }, 500);
        });
    }

    /** A reference for one request that creates something: sent again on a retry, it never creates it twice. */
    function requestId() {
        if (window.crypto && typeof window.crypto.randomUUID === 'function') {
            return window.crypto.randomUUID();
        }
        return 'req-' + Date.now().toString(36) + '-' + Math.random().toString(36).slice(2, 12);
    }


    /**
     * Sends a save started from a form: while it runs the form's submit buttons are disabled and say "Saving…",
     * and submitting again does nothing, so a double click never sends it twice. Resolves with the reply once the
     * buttons are back, so the caller's handling of the reply has the last word on them.
     */
    function saving(form, request) {
        if (form.dataset.saving === 'true') {
            return new Promise(function () {
                // A second submit while the first is under way: it never answers, the first one does.
            });
        }
        form.dataset.saving = 'true';
        var buttons = Array.prototype.slice.call(form.querySelectorAll('button[type="submit"], button[data-saves]'));
        if (form.id) {
            // A dialog's buttons sit in its footer, outside the form they submit.
            buttons = buttons.concat(Array.prototype.slice.call(document.querySelectorAll('button[form="' + form.id + '"]')));
        }
        var label = AJS.I18n.getText('postmortems.saving');
        buttons.forEach(function (button) {
            button.dataset.idleLabel = button.textContent;
            button.dataset.idleDisabled = String(button.disabled);
            button.disabled = true;
            button.textContent = label;
        });
        function done() {
            delete form.dataset.saving;
            buttons.forEach(function (button) {
                button.textContent = button.dataset.idleLabel;
                button.disabled = button.dataset.idleDisabled === 'true';
            });
        }
        return Promise.resolve().then(request).then(function (reply) {
            done();
            return reply;
        }, function (error) {
            done();
            throw error;
        });
    }

    var dialogs = 0;

    /**
     * An AUI dialog (Jira's dialog2): header with the title, content, and footer actions. The caller fills content
     * and actions, then shows it; closing it (its buttons, Escape, or AUI's own close) removes it and calls the
     * caller's onClose once. Texts are set as text, never as HTML.
     */
    function dialog(options) {
        var titleId = 'postmortem-dialog-title-' + (++dialogs);
        var section = element('section', {'class': 'aui-dialog2 aui-dialog2-' + (options.size || 'medium') + ' aui-layer ' +
            options.className, 'role': 'dialog', 'aria-modal': 'true', 'aria-labelledby': titleId, 'hidden': ''});
        var header = element('header', {'class': 'aui-dialog2-header'});
        header.appendChild(element('h2', {'class': 'aui-dialog2-header-main', 'id': titleId}, options.title));
        section.appendChild(header);
        var content = element('div', {'class': 'aui-dialog2-content'});
        section.appendChild(content);
        var footer = element('footer', {'class': 'aui-dialog2-footer'});
        var actions = element('div', {'class': 'aui-dialog2-footer-actions'});
        footer.appendChild(actions);
        section.appendChild(footer);
        var aui = null;
        var closed = false;
        var self = {
            section: section,
            content: content,
            actions: actions,
            onClose: function () {
                // Replaced by the caller when it must know.
            },
            show: function () {
                document.body.appendChild(section);
                aui = window.AJS && typeof window.AJS.dialog2 === 'function' ? window.AJS.dialog2(section) : null;
                if (aui) {
                    aui.on('hide', self.close);
                    aui.show();
                } else {
                    section.hidden = false;
                }
            },
            close: function () {
                if (closed) {
                    return;
                }
                closed = true;
                if (aui) {
                    aui.hide();
                }
                section.remove();
                self.onClose();
            }
        };
        section.addEventListener('keydown', function (event) {
            if (event.key === 'Escape') {
                self.close();
            }
        });
        return self;
    }

    /** Asks the person to confirm something that cannot be undone, in an AUI dialog, and resolves with the answer. */
    function confirmInDialog(texts) {
        return new Promise(function (resolve) {
            var confirm = dialog({className: 'postmortem-confirm', title: texts.title, size: 'small'});
            confirm.content.textContent = texts.question;
            var yes = element('button', {'type': 'button', 'class': 'aui-button aui-button-primary', 'data-answer': 'yes'},
                texts.yes);
            var no = element('button', {'type': 'button', 'class': 'aui-button aui-button-link', 'data-answer': 'no'}, texts.no);
            confirm.actions.appendChild(yes);
            confirm.actions.appendChild(no);
            var confirmed = false;
            confirm.onClose = function () {
                resolve(confirmed);
            };
            yes.addEventListener('click', function () {
                confirmed = true;
                confirm.close();
            });
            no.addEventListener('click', confirm.close);
            confirm.show();
            yes.focus();
        });
    }

    /**
     * Deletes after the person confirmed it in the dialog: resolves with the reply, or with null when they did not
     * confirm. The texts name what goes: title, question, yes, no.
     */
    function deleteOnceConfirmed(texts, url) {
        return confirmInDialog(texts).then(function (confirmed) {
            return confirmed ? call('DELETE', url) : null;
        });
    }

    /** Tells the person how something went in an AUI flag (Jira's notification), as text. */
    function flag(type, message) {
        if (window.AJS && typeof window.AJS.flag === 'function') {
            var body = document.createElement('p');
            body.textContent = message;
            window.AJS.flag({type: type, body: body.outerHTML, close: 'auto'});
            return;
        }
        var region = document.querySelector('.postmortem-flags') || document.body.appendChild(
            element('div', {'class': 'postmortem-flags', 'role': 'status', 'aria-live': 'polite'}));
        region.appendChild(element('p', {'class': 'aui-message aui-message-' + type}, message));
    }

    /** An element with attributes and, optionally, text: never HTML. */
    function element(tag, attributes, text) {
        var node = document.createElement(tag);
        Object.keys(attributes || {}).forEach(function (name) {
            node.setAttribute(name, attributes[name]);
        });
        if (text !== undefined) {
            node.textContent = text;
        }
        return node;
    }

    function firstMessage(reply) {
        return reply.data && reply.data.errorMessages && reply.data.errorMessages.length
            ? reply.data.errorMessages[0] : 'HTTP ' + reply.status;
    }

    /** Puts field errors in the form's [data-error-for] slots; returns the messages that have no slot. */
    function placeErrors(scope, data) {
        var errors = (data && data.errors) || {};
        var unplaced = ((data && data.errorMessages) || []).slice();
        Object.keys(errors).forEach(function (field) {
            var slot = scope.querySelector('[data-error-for="' + field + '"]');
            if (slot) {
                slot.textContent = errors[field];
            } else {
                unplaced.push(errors[field]);
            }
        });
        return unplaced;
    }

    function clearErrors(scope) {
        Array.prototype.forEach.call(scope.querySelectorAll('.error'), function (node) {
            node.textContent = '';
        });
    }

    /**
     * Puts a panel rendered again by the server in place of what the page shows: every part the template marks with
     * data-view is replaced by the new one of the same name; a select marked so gets the new choices and keeps the
     * one chosen while it is still offered. Forms are left as they are, with what the person typed in them. The
     * server escaped the HTML; it is parsed as a document, so nothing in it runs.
     */
    function replaceViews(root, html) {
        var fresh = new DOMParser().parseFromString(html, 'text/html').body.firstElementChild;
        if (!fresh) {
            return;
        }
        Array.prototype.forEach.call(fresh.querySelectorAll('[data-view]'), function (view) {
            if (view.tagName === 'SELECT') {
                // Every select offering these choices: forms may repeat one (a row per action).
                Array.prototype.forEach.call(root.querySelectorAll('select[data-view="' + view.dataset.view + '"]'), function (select) {
                    offer(select, view);
                });
                return;
            }
            var shown = root.querySelector('[data-view="' + view.dataset.view + '"]');
            if (shown) {
                var replacement = document.importNode(view, true);
                if (shown.dataset.opens && shown.hidden) {
                    replacement.hidden = true; // its form is open: the button stays out of the way
                    replacement.setAttribute('aria-expanded', 'true');
                }
                shown.replaceWith(replacement);
            }
        });
        Object.keys(fresh.dataset).forEach(function (name) {
            if (name !== 'started') {
                root.dataset[name] = fresh.dataset[name];
            }
        });
    }

    /** A select gets the choices of another, keeping the one chosen while it is still offered. */
    function offer(select, choices) {
        var chosen = select.value;
        select.textContent = '';
        Array.prototype.forEach.call(choices.options, function (option) {
            select.appendChild(document.importNode(option, true));
        });
        select.value = chosen;
        if (select.value !== chosen) {
            select.selectedIndex = 0;
        }
    }

    /**
     * What every panel object does alike: its status line, and showing what changed by asking the server to render
     * the panel again (the same template as the page; no script draws a panel). The panel sets root and status;
     * feature names its panel for the server.
     */
    function panel(Panel, feature) {
        Panel.prototype.say = function (message) {
            this.status.textContent = message || '';
        };
        Panel.prototype.reload = function () {
            var self = this;
            // A panel on another issue than the postmortem (the review ticket's) says where it is rendered again.
            return fetch(this.panelUrl || resource(this.root, 'panels/' + feature), {
                credentials: 'same-origin', headers: {'Accept': 'text/html'}
            }).then(function (response) {
                if (response.ok) {
                    return response.text().then(function (html) {
                        replaceViews(self.root, html);
                        if (typeof self.refreshed === 'function') {
                            self.refreshed();
                        }
                    });
                }
                return response.json().then(function (data) {
                    flag('error', firstMessage({status: response.status, data: data}));
                }, function () {
                    flag('error', 'HTTP ' + response.status);
                });
            });
        };
        return Panel;
    }

    /**
     * Calls back when another panel of this postmortem saved a change under one of the given features (for example
     * 'whys' or 'actions'), so that a panel whose content follows from theirs shows it at once, without a reload.
     */
    function follow(root, features, then) {
        var prefix = resource(root, '');
        document.addEventListener(CHANGED, function (event) {
            var url = event.detail && event.detail.url ? event.detail.url : '';
            if (url.indexOf(prefix) === 0 && features.some(function (feature) {
                return url.substring(prefix.length).split(/[/?]/)[0] === feature;
            })) {
                then();
            }
        });
    }

    /**
     * Gives the date fields in scope AUI's date picker (the calendar Jira's pages use) instead of the browser's own;
     * the field keeps its ISO value, which is what the app's REST resources take. Where AUI's date picker is not
     * on the page, the browser's date field stays.
     */
    function datePickers(scope) {
        if (!window.AJS || typeof window.AJS.DatePicker !== 'function') {
            return;
        }
        Array.prototype.forEach.call(scope.querySelectorAll('input[type="date"]:not([data-date-picker])'), function (field) {
            field.dataset.datePicker = 'aui';
            window.AJS.DatePicker(field, {overrideBrowserDefault: true});
        });
    }

    /** Starts every panel matching the selector once: now, after the page loads, and when Jira adds content. */
    function startPanels(selector, Panel) {
        function startAll(scope) {
            Array.prototype.forEach.call((scope || document).querySelectorAll(selector), function (root) {
                if (root.dataset.started !== 'true') {
                    root.dataset.started = 'true';
                    new Panel(root).start();
                    datePickers(root);
                }
            });
        }
        if (document.readyState === 'loading') {
            document.addEventListener('DOMContentLoaded', function () {
                startAll(document);
            });
        } else {
            startAll(document);
        }
        if (window.JIRA && window.JIRA.Events && window.AJS && typeof window.AJS.$ === 'function') {
            window.JIRA.bind(window.JIRA.Events.NEW_CONTENT_ADDED, function (event, context) {
                startAll(context && context[0] ? context[0] : document);
            });
        }
    }

    /**
     * Forms behind buttons: a button with data-opens="<form id>" shows that form in its place and hides itself; the
     * form's Cancel (data-closes) or Escape hides it again and brings the button back. A form is shown only when
     * someone asks for it, so a panel shows its content first, as Jira's issue view does.
     */
    function openForm(button) {
        var form = document.getElementById(button.dataset.opens);
        if (!form) {
            return;
        }
        form.hidden = false;
        button.hidden = true;
        button.setAttribute('aria-expanded', 'true');
        var first = form.querySelector('input:not([type="hidden"]), textarea, select');
        if (first) {
            first.focus();
        }
    }

    function closeForm(form) {
        var button = document.querySelector('[data-opens="' + form.id + '"]');
        if (!button) {
            return;
        }
        clearErrors(form);
        form.hidden = true;
        button.hidden = false;
        button.setAttribute('aria-expanded', 'false');
        button.focus();
    }

    document.addEventListener('click', function (event) {
        var opens = event.target.closest && event.target.closest('button[data-opens]');
        if (opens) {
            openForm(opens);
            return;
        }
        var closes = event.target.closest && event.target.closest('button[data-closes]');
        if (closes && closes.form) {
            closeForm(closes.form);
        }
    });

    document.addEventListener('keydown', function (event) {
        // Escape in a date field closes AUI's calendar, not the form around it.
        var form = event.key === 'Escape' && event.target.closest && !event.target.dataset.datePicker
            ? event.target.closest('form[id]') : null;
        if (form && document.querySelector('[data-opens="' + form.id + '"]')) {
            closeForm(form);
        }
    });

    // As in Jira, Ctrl+Enter (Cmd+Enter on a Mac) in one of the app's forms submits it, even from a text area.
    document.addEventListener('keydown', function (event) {
        if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey) || !event.target.closest) {
            return;
        }
        var form = event.target.closest('form');
        if (form && form.closest('[class*="postmortem"]') && typeof form.requestSubmit === 'function') {
            event.preventDefault();
            form.requestSubmit();
        }
    });

    window.Postmortems = {
        rest: rest,
        resource: resource,
        call: call,
        ask: ask,
        CHANGED: CHANGED,
        element: element,
        firstMessage: firstMessage,
        placeErrors: placeErrors,
        clearErrors: clearErrors,
        startPanels: startPanels,
        panel: panel,
        requestId: requestId,
        saving: saving,
        deleteOnceConfirmed: deleteOnceConfirmed,
        offer: offer,
        dialog: dialog,
        closeForm: closeForm,
        datePickers: datePickers,
        checkWhileTyping: checkWhileTyping,
        follow: follow,
        flag: flag
    };
}());
