/*
 * The Follow-through dashboard item: whether the actions of a project's postmortems get done — decided and done per
 * month over twelve months with the share done by the due date, the open actions by age, the overdue ones by the
 * project their ticket is in, and corrective against preventative (P.gadget). Paired bars show decided and done; the
 * tables give every number, each a link to the Jira search for its action tickets.
 */
(function () {
    'use strict';

    var P = window.Postmortems;
    var G = P.gadget;
    var WIDTH = 480;
    var HEIGHT = 140;
    var PAD = 20;

    /** Two bars a month, decided and done; the months table holds the same numbers for those who cannot see it. */
    function chart(data) {
        var most = 1;
        data.months.forEach(function (month) {
            most = Math.max(most, month.decided.count, month.done.count);
        });
        var drawing = G.drawing(WIDTH, HEIGHT);
        var slot = (WIDTH - 2 * PAD) / data.months.length;
        var barWidth = Math.max(2, slot / 2 - 3);
        data.months.forEach(function (month, at) {
            [['decided', month.decided.count, 0], ['done', month.done.count, barWidth + 1]].forEach(function (bar) {
                var height = (HEIGHT - 2 * PAD) * bar[1] / most;
                drawing.appendChild(G.svg('rect', {'x': (PAD + at * slot + bar[2]).toFixed(1), 'y': (HEIGHT - PAD - height).toFixed(1),
                    'width': barWidth.toFixed(1), 'height': height.toFixed(1), 'class': 'postmortem-gadget-' + bar[0]}));
            });
        });
        [0, data.months.length - 1].forEach(function (at) {
            var label = G.svg('text', {'x': (PAD + at * slot + (at === 0 ? 0 : slot)).toFixed(1), 'y': String(HEIGHT - 4),
                'text-anchor': at === 0 ? 'start' : 'end', 'class': 'postmortem-gadget-axis'});
            label.textContent = data.months[at].label;
            drawing.appendChild(label);
        });
        return drawing;
    }

    function legend() {
        var list = P.element('ul', {'class': 'postmortem-gadget-legend', 'aria-hidden': 'true'});
        // Each text a literal call: Jira's web-resource transformer puts the texts in at those calls only.
        [['decided', AJS.I18n.getText('postmortems.insight.follow.decided')],
            ['done', AJS.I18n.getText('postmortems.insight.follow.done')]].forEach(function (entry) {
            var item = list.appendChild(P.element('li'));
            item.appendChild(P.element('span', {'class': 'postmortem-gadget-swatch postmortem-gadget-' + entry[0]}));
            item.appendChild(document.createTextNode(entry[1]));
        });
        return list;
    }

    function months(data) {
        var grid = G.table(data.title, [AJS.I18n.getText('postmortems.insight.month'), AJS.I18n.getText('postmortems.insight.follow.decided'),
            AJS.I18n.getText('postmortems.insight.follow.done'), AJS.I18n.getText('postmortems.insight.follow.on-time')]);
        data.months.forEach(function (month) {
            var line = P.element('tr', {'data-month': month.month});
            line.appendChild(P.element('th', {'scope': 'row'}, month.label));
            line.appendChild(G.count(month.decided));
            line.appendChild(G.count(month.done));
            line.appendChild(G.cell(month.onTime, month.doneByDue.search, AJS.I18n.getText('postmortems.insight.follow.on-time-none')));
            grid.body.appendChild(line);
        });
        return grid.table;
    }

    function isEmpty(data) {
        return data.months.every(function (month) {
            return !month.decided.count && !month.done.count;
        }) && data.openByAge.every(function (age) {
            return !age.open.count;
        });
    }

    function FollowThroughGadget(API) {
        this.API = API;
    }

    FollowThroughGadget.prototype.render = function (context, preferences) {
        G.show(this, context, preferences, 'follow-through', function (box, data) {
            box.appendChild(P.element('p', {'class': 'postmortem-gadget-period'}, data.period));
            if (isEmpty(data)) {
                box.appendChild(P.element('p', {'class': 'postmortem-gadget-empty'}, AJS.I18n.getText('postmortems.insight.follow.empty')));
                return;
            }
            box.appendChild(chart(data));
            box.appendChild(legend());
            box.appendChild(months(data));
            G.section(box, AJS.I18n.getText('postmortems.insight.follow.open-by-age'), [AJS.I18n.getText('postmortems.insight.follow.age'),
                AJS.I18n.getText('postmortems.insight.follow.open')], data.openByAge.map(function (age) {
                return {attributes: {'data-age': age.age}, label: age.label, counts: [age.open]};
            }));
            if (data.overdueByProject.length) {
                G.section(box, AJS.I18n.getText('postmortems.insight.follow.overdue-by-project'), [AJS.I18n.getText('postmortems.insight.project'),
                    AJS.I18n.getText('postmortems.insight.follow.overdue')], data.overdueByProject.map(function (project) {
                    return {attributes: {'data-project': project.projectKey}, label: project.projectName + ' (' + project.projectKey + ')',
                        counts: [project.overdue]};
                }));
            } else {
                box.appendChild(P.element('h4', {'class': 'postmortem-gadget-heading'}, AJS.I18n.getText('postmortems.insight.follow.overdue-by-project')));
                box.appendChild(P.element('p', {'class': 'postmortem-gadget-empty'}, AJS.I18n.getText('postmortems.insight.follow.overdue-none')));
            }
            G.section(box, AJS.I18n.getText('postmortems.insight.follow.by-kind'), [AJS.I18n.getText('postmortems.insight.follow.kind'),
                AJS.I18n.getText('postmortems.insight.follow.decided-months'), AJS.I18n.getText('postmortems.insight.follow.done-months'),
                AJS.I18n.getText('postmortems.insight.follow.open'), AJS.I18n.getText('postmortems.insight.follow.overdue')],
            data.kinds.map(function (kind) {
                return {attributes: {'data-kind': kind.kind}, label: kind.label, counts: [kind.decided, kind.done, kind.open, kind.overdue]};
            }));
        });
    };

    FollowThroughGadget.prototype.renderEdit = function (context, preferences) {
        G.settings(this, context, preferences || {});
    };

    define('dev/postmortems/follow-through-gadget', [], function () {
        return FollowThroughGadget;
    });
}());
