/*
 * The app's configuration page and a project's settings page: each form saves its settings through the app's REST
 * resource and says so in a flag. Reminders' author is chosen with the user picker, from every active user.
 */
(function () {
    'use strict';

    var P = window.Postmortems;

    /** Sends a form's settings; the answer's errors go under their fields. */
    function saves(form, path, body) {
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            P.clearErrors(form);
            var status = document.querySelector('.postmortem-config-status');
            status.textContent = '';
            P.saving(form, function () {
                return P.call('PUT', P.rest(path), body());
            }).then(function (reply) {
                if (reply.status === 200) {
                    P.flag('success', AJS.I18n.getText('postmortems.config.saved'));
                    return;
                }
                status.textContent = P.placeErrors(form, reply.data).join(' ') || P.firstMessage(reply);
            });
        });
    }

    function number(field) {
        return field.value.trim() === '' ? null : Number(field.value);
    }

    /** A project's defaults for new actions, on its settings page. */
    function startProject(form) {
        saves(form, '/config/projects/' + encodeURIComponent(form.dataset.projectKey) + '/actions', function () {
            return {
                issueType: form.elements.issueType.value,
                targetProject: form.elements.targetProject.value,
                dueInDays: number(form.elements.dueInDays),
                priority: form.elements.priority.value
            };
        });
    }

    /** A project's deadlines for its postmortems, in working days by the incident's priority. */
    function startDeadlines(form) {
        saves(form, '/config/projects/' + encodeURIComponent(form.dataset.projectKey) + '/deadlines', function () {
            return {
                highest: number(form.elements.highest),
                high: number(form.elements.high),
                other: number(form.elements.other)
            };
        });
    }

    /** The options chosen in a multiple selection, by value. */
    function chosen(select) {
        return Array.prototype.filter.call(select.options, function (option) {
            return option.selected;
        }).map(function (option) {
            return option.value;
        });
    }

    /** A project's policy: which of its incidents need a postmortem. */
    function startPolicy(form) {
        saves(form, '/config/projects/' + encodeURIComponent(form.dataset.projectKey) + '/policy', function () {
            return {issueTypes: chosen(form.elements.issueTypes), priorities: chosen(form.elements.priorities)};
        });
    }

    /**
     * The site's cause categories: rename in place, move up or down, delete, add. Each change is saved at once and
     * the page is shown again, so the list always is the one the server kept.
     */
    function startCauses(section) {
        var url = P.rest('/config/cause-categories');
        function reply(form) {
            return function (answer) {
                if (answer.status === 200 || answer.status === 201) {
                    window.location.reload();
                    return;
                }
                var status = document.querySelector('.postmortem-config-status');
                status.textContent = P.placeErrors(form, answer.data).join(' ') || P.firstMessage(answer);
            };
        }
        section.addEventListener('submit', function (event) {
            var form = event.target;
            event.preventDefault();
            P.clearErrors(form);
            var row = form.closest('.postmortem-config-cause');
            P.saving(form, function () {
                return row ? P.call('PUT', url + '/' + encodeURIComponent(row.dataset.categoryId), {name: form.elements.name.value})
                    : P.call('POST', url, {name: form.elements.name.value});
            }).then(reply(form));
        });
        section.addEventListener('click', function (event) {
            var button = event.target.closest('button[data-action]');
            if (!button) {
                return;
            }
            var row = button.closest('.postmortem-config-cause');
            var form = row.querySelector('form');
            P.clearErrors(form);
            if (button.dataset.action === 'delete') {
                P.call('DELETE', url + '/' + encodeURIComponent(row.dataset.categoryId)).then(reply(form));
                return;
            }
            var ids = Array.prototype.map.call(section.querySelectorAll('.postmortem-config-cause'), function (item) {
                return Number(item.dataset.categoryId);
            });
            var from = ids.indexOf(Number(row.dataset.categoryId));
            var to = from + (button.dataset.action === 'up' ? -1 : 1);
            if (to < 0 || to >= ids.length) {
                return;
            }
            ids.splice(to, 0, ids.splice(from, 1)[0]);
            P.call('PUT', url + '/order', {ids: ids}).then(reply(form));
        });
    }

    function start() {
        var project = document.querySelector('.postmortem-config-actions');
        if (project && project.dataset.started !== 'true') {
            project.dataset.started = 'true';
            startProject(project);
            startDeadlines(document.querySelector('.postmortem-config-deadlines'));
            startPolicy(document.querySelector('.postmortem-config-policy'));
        }
        var reminders = document.querySelector('.postmortem-config-reminders');
        var phrases = document.querySelector('.postmortem-config-phrases');
        if (!reminders || reminders.dataset.started === 'true') {
            return;
        }
        reminders.dataset.started = 'true';
        startCauses(document.querySelector('.postmortem-config-causes'));
        P.userPicker(reminders.elements.author, {search: 'anyone', scope: function () {
            return 'site';
        }});
        saves(reminders, '/config/reminders', function () {
            return {
                intervalHours: number(reminders.elements.intervalHours),
                author: reminders.elements.author.value.trim(),
                daysBeforeDue: number(reminders.elements.daysBeforeDue)
            };
        });
        var operations = document.querySelector('.postmortem-config-operations');
        saves(operations, '/config/operations', function () {
            return {
                everywhere: operations.querySelector('input[name=everywhere]:checked').value === 'true',
                projects: chosen(operations.elements.projects),
                issueTypes: chosen(operations.elements.issueTypes)
            };
        });
        saves(phrases, '/config/blameless-phrases', function () {
            return {
                extra: phrases.elements.extra.value.split('\n').map(function (line) {
                    return line.trim();
                }).filter(function (line) {
                    return line !== '';
                })
            };
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}());
