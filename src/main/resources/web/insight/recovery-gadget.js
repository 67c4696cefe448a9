/*
 * The Detection and recovery dashboard item: median time to detect, mitigate and resolve per month over the last
 * twelve months, in one project the viewer chose. Jira's dashboard asks the AMD module for an object with render
 * (the view) and renderEdit (the settings); the chosen project is kept in the item's preferences. The numbers are
 * drawn as lines and given as a table, each number a link to the Jira search for the postmortems behind it.
 */
(function () {
    'use strict';

    var P = window.Postmortems;
    var SVG = 'http://www.w3.org/2000/svg';
    var WIDTH = 480;
    var HEIGHT = 160;
    var PAD = 28;

    function svg(tag, attributes) {
        var node = document.createElementNS(SVG, tag);
        Object.keys(attributes).forEach(function (name) {
            node.setAttribute(name, attributes[name]);
        });
        return node;
    }

    function root(context) {
        return context && context.jquery ? context[0] : context;
    }

    /** A number that links to its search, or a dash when there is none. */
    function cell(text, search) {
        var td = P.element('td');
        if (!text) {
            td.appendChild(P.element('span', {'class': 'postmortem-gadget-none', 'title': AJS.I18n.getText('postmortems.insight.none')}, '\u2013'));
        } else if (search) {
            td.appendChild(P.element('a', {'href': search}, text));
        } else {
            td.textContent = text;
        }
        return td;
    }

    /** One line per measure over the months; the table below holds the same numbers for those who cannot see it. */
    function chart(data) {
        var max = 1;
        data.months.forEach(function (month) {
            month.medians.forEach(function (median) {
                if (median.minutes !== null && median.minutes > max) {
                    max = median.minutes;
                }
            });
        });
        var drawing = svg('svg', {'viewBox': '0 0 ' + WIDTH + ' ' + HEIGHT, 'class': 'postmortem-gadget-chart', 'aria-hidden': 'true',
            'focusable': 'false'});
        var step = (WIDTH - 2 * PAD) / Math.max(1, data.months.length - 1);
        data.measures.forEach(function (measure, index) {
            var points = [];
            data.months.forEach(function (month, at) {
                var median = month.medians[index];
                if (median.minutes !== null) {
                    var x = PAD + at * step;
                    var y = HEIGHT - PAD - (HEIGHT - 2 * PAD) * median.minutes / max;
                    points.push(x.toFixed(1) + ',' + y.toFixed(1));
                    drawing.appendChild(svg('circle', {'cx': x.toFixed(1), 'cy': y.toFixed(1), 'r': '3',
                        'class': 'postmortem-gadget-point postmortem-gadget-' + measure.key}));
                }
            });
            if (points.length > 1) {
                drawing.insertBefore(svg('polyline', {'points': points.join(' '), 'fill': 'none',
                    'class': 'postmortem-gadget-line postmortem-gadget-' + measure.key}), drawing.firstChild);
            }
        });
        [0, data.months.length - 1].forEach(function (at) {
            var label = svg('text', {'x': (PAD + at * step).toFixed(1), 'y': String(HEIGHT - 8),
                'text-anchor': at === 0 ? 'start' : 'end', 'class': 'postmortem-gadget-axis'});
            label.textContent = data.months[at].label;
            drawing.appendChild(label);
        });
        var top = svg('text', {'x': String(PAD), 'y': '12', 'class': 'postmortem-gadget-axis'});
        top.textContent = AJS.I18n.getText('postmortems.insight.recovery.axis').replace('{0}', max);
        drawing.appendChild(top);
        return drawing;
    }

    function legend(data) {
        var list = P.element('ul', {'class': 'postmortem-gadget-legend'});
        data.measures.forEach(function (measure) {
            var item = P.element('li');
            item.appendChild(P.element('span', {'class': 'postmortem-gadget-swatch postmortem-gadget-' + measure.key, 'aria-hidden': 'true'}));
            item.appendChild(document.createTextNode(measure.label));
            list.appendChild(item);
        });
        return list;
    }

    function table(data) {
        var grid = P.element('table', {'class': 'aui postmortem-gadget-table'});
        grid.appendChild(P.element('caption', {'class': 'assistive'}, data.title));
        var head = P.element('tr');
        head.appendChild(P.element('th', {'scope': 'col'}, AJS.I18n.getText('postmortems.insight.month')));
        head.appendChild(P.element('th', {'scope': 'col'}, AJS.I18n.getText('postmortems.insight.postmortems')));
        data.measures.forEach(function (measure) {
            head.appendChild(P.element('th', {'scope': 'col'}, measure.label));
        });
        grid.appendChild(P.element('thead')).appendChild(head);
        var body = grid.appendChild(P.element('tbody'));
        data.months.slice().reverse().forEach(function (month) {
            var row = P.element('tr', {'data-month': month.month});
            row.appendChild(P.element('th', {'scope': 'row'}, month.label));
            row.appendChild(cell(month.postmortems ? String(month.postmortems) : '', month.search));
            month.medians.forEach(function (median) {
                row.appendChild(cell(median.text, median.search));
            });
            body.appendChild(row);
        });
        return grid;
    }

    function RecoveryGadget(API) {
        this.API = API;
    }

    RecoveryGadget.prototype.render = function (context, preferences) {
        var self = this;
        var view = root(context);
        var project = preferences && preferences.project;
        if (!project) {
            this.renderEdit(context, preferences || {});
            return;
        }
        this.API.showLoadingBar();
        P.call('GET', P.rest('/insights/recovery?project=' + encodeURIComponent(project))).then(function (reply) {
            self.API.hideLoadingBar();
            view.textContent = '';
            var box = view.appendChild(P.element('div', {'class': 'postmortem-gadget postmortem-gadget-recovery'}));
            if (reply.status !== 200) {
                box.appendChild(P.element('div', {'class': 'aui-message aui-message-error', 'role': 'alert'}, P.firstMessage(reply)));
                self.API.resize();
                return;
            }
            var data = reply.data;
            self.API.setTitle(data.title);
            if (data.months.every(function (month) {
                return month.postmortems === 0;
            })) {
                box.appendChild(P.element('p', {'class': 'postmortem-gadget-empty'}, AJS.I18n.getText('postmortems.insight.recovery.empty')));
            } else {
                box.appendChild(chart(data));
                box.appendChild(legend(data));
            }
            box.appendChild(table(data));
            self.API.resize();
        });
    };

    RecoveryGadget.prototype.renderEdit = function (context, preferences) {
        var self = this;
        var view = root(context);
        view.textContent = '';
        var form = view.appendChild(P.element('form', {'class': 'aui postmortem-gadget-settings', 'novalidate': ''}));
        var group = form.appendChild(P.element('div', {'class': 'field-group'}));
        var id = 'postmortem-gadget-project-' + Math.floor(Math.random() * 1e9);
        group.appendChild(P.element('label', {'for': id}, AJS.I18n.getText('postmortems.insight.project')));
        var select = group.appendChild(P.element('select', {'class': 'select', 'id': id, 'name': 'project'}));
        group.appendChild(P.element('div', {'class': 'error', 'data-error-for': 'project', 'role': 'alert'}));
        var buttons = form.appendChild(P.element('div', {'class': 'buttons-container'})).appendChild(P.element('div', {'class': 'buttons'}));
        buttons.appendChild(P.element('button', {'type': 'submit', 'class': 'aui-button aui-button-primary'},
            AJS.I18n.getText('postmortems.insight.save')));
        P.call('GET', P.rest('/insights/projects')).then(function (reply) {
            (reply.data || []).forEach(function (project) {
                var option = P.element('option', {'value': project.key}, project.name + ' (' + project.key + ')');
                option.selected = project.key === (preferences && preferences.project);
                select.appendChild(option);
            });
            self.API.resize();
        });
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            if (!select.value) {
                form.querySelector('[data-error-for=project]').textContent = AJS.I18n.getText('postmortems.insight.error.project-missing');
                return;
            }
            self.API.savePreferences({project: select.value});
        });
    };

    define('dev/postmortems/recovery-gadget', [], function () {
        return RecoveryGadget;
    });
}());
