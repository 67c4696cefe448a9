/*
 * People are chosen as in Jira: a user picker that searches Jira's own REST user search as the person types, shows
 * avatar and display name, and is used with the keyboard (arrows, Enter, Escape) as a combobox. The form keeps its
 * field: a hidden input with the same name holds the username (or, for several people, one per line), so what the
 * form sends and what the server validates stay as they were. Texts from the server are set as text only.
 */
(function () {
    'use strict';

    var P = window.Postmortems;
    var element = P.element;
    var pickers = 0;

    /** Jira's user searches the pickers use: who may be assigned issues in a project, and who may browse one. */
    var SEARCHES = {
        assignable: function (scope, query) {
            return '/rest/api/2/user/assignable/search?' + (isIssueKey(scope) ? 'issueKey=' : 'project=')
                + encodeURIComponent(scope) + '&username=' + encodeURIComponent(query) + '&maxResults=10';
        },
        browse: function (scope, query) {
            return '/rest/api/2/user/viewissue/search?' + (isIssueKey(scope) ? 'issueKey=' : 'projectKey=')
                + encodeURIComponent(scope) + '&username=' + encodeURIComponent(query) + '&maxResults=10';
        },
        anyone: function (scope, query) {
            return '/rest/api/2/user/search?username=' + encodeURIComponent(query) + '&maxResults=10';
        }
    };

    /** A scope is an issue (OPS-7) or a project (OPS). */
    function isIssueKey(scope) {
        return /-\d+$/.test(scope);
    }

    function contextPath() {
        return window.AJS && typeof window.AJS.contextPath === 'function' ? window.AJS.contextPath() : '';
    }

    /** The person's avatar from Jira, or a plain circle where the page does not know it. */
    function avatar(url) {
        return url ? element('img', {'class': 'postmortem-user-picker-avatar', 'src': url, 'alt': '', 'width': '16',
            'height': '16'}) : element('span', {'class': 'postmortem-user-picker-avatar postmortem-user-picker-no-avatar'});
    }

    /**
     * Turns a text field (input or text area) into a user picker. Options: search ('assignable', 'browse', or 'anyone'
     * for every active user), scope() (the project key, or an issue key for 'browse'; any for 'anyone'), multiple, and chosen ({username, displayName,
     * avatarUrl}…) already in the field.
     */
    function userPicker(field, options) {
        var id = 'postmortem-user-picker-' + (++pickers);
        var value = element('input', {'type': 'hidden', 'name': field.name});
        var box = element('div', {'class': 'postmortem-user-picker' + (options.multiple ? ' postmortem-user-picker-multiple' : '')});
        var chosenList = element('ul', {'class': 'postmortem-user-picker-chosen'});
        var input = element('input', {'type': 'text', 'class': 'text ' + (options.multiple ? 'long-field' : 'medium-field'),
            'role': 'combobox', 'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': id + '-options',
            'autocomplete': 'off', 'id': field.id || id, 'data-picks': field.name});
        if (field.required) {
            input.setAttribute('aria-required', 'true');
        }
        var list = element('ul', {'class': 'postmortem-user-picker-options', 'role': 'listbox', 'id': id + '-options',
            'hidden': ''});
        var chosenAvatar = element('span', {'class': 'postmortem-user-picker-single', 'hidden': ''});
        box.appendChild(chosenList);
        box.appendChild(chosenAvatar);
        box.appendChild(input);
        box.appendChild(list);
        box.appendChild(value);
        field.replaceWith(box);

        var chosen = [];
        var found = [];
        var active = -1;
        var timer = null;
        var asked = 0;

        function sync() {
            var typed = input.value.trim();
            if (options.multiple) {
                value.value = chosen.map(function (person) {
                    return person.username;
                }).concat(typed ? [typed] : []).join('\n');
            } else {
                value.value = chosen.length ? chosen[0].username : typed;
            }
        }

        function showChosen() {
            chosenList.textContent = '';
            if (!options.multiple) {
                chosenAvatar.textContent = '';
                chosenAvatar.hidden = chosen.length === 0;
                if (chosen.length) {
                    chosenAvatar.appendChild(avatar(chosen[0].avatarUrl));
                }
                return;
            }
            chosen.forEach(function (person, index) {
                var item = element('li', {'class': 'postmortem-user-picker-person', 'data-username': person.username});
                item.appendChild(avatar(person.avatarUrl));
                item.appendChild(element('span', {'class': 'postmortem-user-picker-name'}, person.displayName));
                var remove = element('button', {'type': 'button', 'class': 'aui-button aui-button-subtle',
                    'aria-label': AJS.I18n.getText('postmortems.user-picker.remove') + ': ' + person.displayName}, '\u00d7');
                remove.addEventListener('click', function () {
                    chosen.splice(index, 1);
                    showChosen();
                    sync();
                    input.focus();
                });
                item.appendChild(remove);
                chosenList.appendChild(item);
            });
        }

        function close() {
            list.hidden = true;
            input.setAttribute('aria-expanded', 'false');
            input.removeAttribute('aria-activedescendant');
            active = -1;
        }

        function highlight(index) {
            var items = list.querySelectorAll('[role="option"]');
            active = items.length ? (index + items.length) % items.length : -1;
            Array.prototype.forEach.call(items, function (item, at) {
                item.setAttribute('aria-selected', String(at === active));
            });
            if (active >= 0) {
                input.setAttribute('aria-activedescendant', items[active].id);
                items[active].scrollIntoView({block: 'nearest'});
            }
        }

        function pick(person) {
            if (options.multiple) {
                if (!chosen.some(function (earlier) {
                    return earlier.username === person.username;
                })) {
                    chosen.push(person);
                }
                input.value = '';
            } else {
                chosen = [person];
                input.value = person.displayName;
            }
            showChosen();
            sync();
            close();
        }

        function show(users) {
            found = users.map(function (user) {
                return {username: user.name, displayName: user.displayName,
                    avatarUrl: user.avatarUrls ? user.avatarUrls['16x16'] : ''};
            });
            list.textContent = '';
            if (!found.length) {
                list.appendChild(element('li', {'class': 'postmortem-user-picker-none', 'role': 'presentation'},
                    AJS.I18n.getText('postmortems.user-picker.no-match')));
            }
            found.forEach(function (person, index) {
                var option = element('li', {'role': 'option', 'id': id + '-option-' + index, 'aria-selected': 'false',
                    'data-username': person.username});
                option.appendChild(avatar(person.avatarUrl));
                option.appendChild(element('span', {'class': 'postmortem-user-picker-name'}, person.displayName));
                option.appendChild(element('span', {'class': 'postmortem-user-picker-username'}, person.username));
                // Chosen on mousedown, before the field loses focus and closes the list.
                option.addEventListener('mousedown', function (event) {
                    event.preventDefault();
                    pick(person);
                });
                list.appendChild(option);
            });
            list.hidden = false;
            input.setAttribute('aria-expanded', 'true');
            highlight(found.length ? 0 : -1);
        }

        function search() {
            var query = input.value.trim();
            var question = ++asked;
            var scope = options.scope();
            if (!query || !scope) {
                close();
                return;
            }
            P.call('GET', contextPath() + SEARCHES[options.search](scope, query)).then(function (reply) {
                if (question === asked && reply.status === 200 && Array.isArray(reply.data)) {
                    show(reply.data);
                }
            });
        }

        /** A username the field came with is shown as the person, once Jira's search knows them. */
        function lookUp(username) {
            var scope = options.scope();
            if (!scope) {
                return;
            }
            P.call('GET', contextPath() + SEARCHES[options.search](scope, username)).then(function (reply) {
                var match = reply.status === 200 && Array.isArray(reply.data) ? reply.data.filter(function (user) {
                    return user.name === username;
                })[0] : null;
                if (match && input.value.trim() === username) {
                    pick({username: match.name, displayName: match.displayName,
                        avatarUrl: match.avatarUrls ? match.avatarUrls['16x16'] : ''});
                }
            });
        }

        input.addEventListener('input', function () {
            if (!options.multiple && chosen.length) {
                chosen = []; // typing again replaces the person chosen
                showChosen();
            }
            sync();
            window.clearTimeout(timer);
            timer = window.setTimeout(search, 200);
        });
        input.addEventListener('keydown', function (event) {
            var open = !list.hidden;
            if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
                event.preventDefault();
                if (open) {
                    highlight(active + (event.key === 'ArrowDown' ? 1 : -1));
                } else {
                    search();
                }
            } else if (event.key === 'Enter' && open && active >= 0 && !(event.ctrlKey || event.metaKey)) {
                event.preventDefault(); // picks the person; it does not submit the form
                pick(found[active]);
            } else if (event.key === 'Escape' && open) {
                event.stopPropagation(); // closes the list, not the dialog or form around it
                close();
            } else if (event.key === 'Backspace' && options.multiple && !input.value && chosen.length) {
                chosen.pop();
                showChosen();
                sync();
            }
        });
        input.addEventListener('blur', close);

        (options.chosen || []).forEach(function (person) {
            chosen.push(person);
        });
        if (!options.multiple && chosen.length) {
            input.value = chosen[0].displayName || chosen[0].username;
        } else if (!chosen.length && field.value.trim()) {
            input.value = field.value.trim();
            lookUp(input.value);
        }
        showChosen();
        sync();
        return {input: input, value: value};
    }

    P.userPicker = userPicker;
}());
