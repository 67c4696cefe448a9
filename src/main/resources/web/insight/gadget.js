/*
 * What the app's dashboard items share. Jira's dashboard asks each item's AMD module for an object with render (the
 * view) and renderEdit (the settings), with the item's element and its saved preferences: here, the project the
 * item shows. Each item loads its data from the app's REST resource and builds its elements with text only.
 */
(function () {
    'use strict';

    var P = window.Postmortems;

    /** The item's element: Jira hands over a jQuery object. */
    function root(context) {
        return context && context.jquery ? context[0] : context;
    }

    /**
     * A table cell with a number that links to its search, or a dash when there is none, titled with why (by default:
     * no postmortem of the month has both key moments).
     */
    function cell(text, search, noneTitle) {
        var td = P.element('td');
        if (!text) {
            td.appendChild(P.element('span', {'class': 'postmortem-gadget-none', 'title': noneTitle || AJS.I18n.getText('postmortems.insight.none')},
                '\u2013'));
        } else if (search) {
            td.appendChild(P.element('a', {'href': search}, text));
        } else {
            td.textContent = text;
        }
        return td;
    }

    /** A table with a caption for screen readers, its column heads and a body to fill. */
    function table(caption, heads) {
        var grid = P.element('table', {'class': 'aui postmortem-gadget-table'});
        grid.appendChild(P.element('caption', {'class': 'assistive'}, caption));
        var head = P.element('tr');
        heads.forEach(function (text) {
            head.appendChild(P.element('th', {'scope': 'col'}, text));
        });
        grid.appendChild(P.element('thead')).appendChild(head);
        return {table: grid, body: grid.appendChild(P.element('tbody'))};
    }

    var SVG = 'http://www.w3.org/2000/svg';

    /** An SVG element with its attributes. */
    function svg(tag, attributes) {
        var node = document.createElementNS(SVG, tag);
        Object.keys(attributes).forEach(function (name) {
            node.setAttribute(name, attributes[name]);
        });
        return node;
    }

    /** An item's drawing, hidden from screen readers: its table says the same. */
    function drawing(width, height) {
        return svg('svg', {'viewBox': '0 0 ' + width + ' ' + height, 'class': 'postmortem-gadget-chart', 'aria-hidden': 'true',
            'focusable': 'false'});
    }

    /** A cell with a count of issues ({count, search}) linked to its search. */
    function count(number) {
        return cell(String(number.count), number.search);
    }

    /**
     * A heading and a table under it whose rows are a label and one count of issues or more each:
     * rows of {attributes, label, counts}.
     */
    function section(box, heading, heads, rows) {
        box.appendChild(P.element('h4', {'class': 'postmortem-gadget-heading'}, heading));
        var grid = table(heading, heads);
        rows.forEach(function (row) {
            var line = P.element('tr', row.attributes);
            line.appendChild(P.element('th', {'scope': 'row'}, row.label));
            row.counts.forEach(function (number) {
                line.appendChild(count(number));
            });
            grid.body.appendChild(line);
        });
        box.appendChild(grid.table);
    }

    /**
     * An item's view: its data from the app's REST resource for the chosen project, drawn by draw(box, data); without a
     * project yet, its settings.
     */
    function show(gadget, context, preferences, resource, draw) {
        var view = root(context);
        var project = preferences && preferences.project;
        if (!project) {
            settings(gadget, context, preferences || {});
            return;
        }
        gadget.API.showLoadingBar();
        P.call('GET', P.rest('/insights/' + resource + '?project=' + encodeURIComponent(project))).then(function (reply) {
            gadget.API.hideLoadingBar();
            view.textContent = '';
            var box = view.appendChild(P.element('div', {'class': 'postmortem-gadget postmortem-gadget-' + resource}));
            if (reply.status !== 200) {
                box.appendChild(P.element('div', {'class': 'aui-message aui-message-error', 'role': 'alert'}, P.firstMessage(reply)));
            } else {
                gadget.API.setTitle(reply.data.title);
                draw(box, reply.data);
            }
            gadget.API.resize();
        });
    }

    /** An item's settings: the project it shows, chosen from those the viewer may browse. */
    function settings(gadget, context, preferences) {
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
                option.selected = project.key === preferences.project;
                select.appendChild(option);
            });
            gadget.API.resize();
        });
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            if (!select.value) {
                form.querySelector('[data-error-for=project]').textContent = AJS.I18n.getText('postmortems.insight.error.project-missing');
                return;
            }
            gadget.API.savePreferences({project: select.value});
        });
    }

    P.gadget = {cell: cell, count: count, table: table, section: section, svg: svg, drawing: drawing, show: show, settings: settings};
}());
