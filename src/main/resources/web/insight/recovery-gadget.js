/*
 * The Detection and recovery dashboard item: median time to detect, mitigate and resolve per month over the last
 * twelve months, in one project the viewer chose (P.gadget). The numbers are drawn as lines and given as a table,
 * each number a link to the Jira search for the postmortems behind it.
 */
(function () {
    'use strict';

    var P = window.Postmortems;
    var G = P.gadget;
    var WIDTH = 480;
    var HEIGHT = 160;
    var PAD = 28;

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
        var drawing = G.drawing(WIDTH, HEIGHT);
        var step = (WIDTH - 2 * PAD) / Math.max(1, data.months.length - 1);
        data.measures.forEach(function (measure, index) {
            var points = [];
            data.months.forEach(function (month, at) {
                var median = month.medians[index];
                if (median.minutes !== null) {
                    var x = PAD + at * step;
                    var y = HEIGHT - PAD - (HEIGHT - 2 * PAD) * median.minutes / max;
                    points.push(x.toFixed(1) + ',' + y.toFixed(1));
                    drawing.appendChild(G.svg('circle', {'cx': x.toFixed(1), 'cy': y.toFixed(1), 'r': '3',
                        'class': 'postmortem-gadget-point postmortem-gadget-' + measure.key}));
                }
            });
            if (points.length > 1) {
                drawing.insertBefore(G.svg('polyline', {'points': points.join(' '), 'fill': 'none',
                    'class': 'postmortem-gadget-line postmortem-gadget-' + measure.key}), drawing.firstChild);
            }
        });
        [0, data.months.length - 1].forEach(function (at) {
            var label = G.svg('text', {'x': (PAD + at * step).toFixed(1), 'y': String(HEIGHT - 8),
                'text-anchor': at === 0 ? 'start' : 'end', 'class': 'postmortem-gadget-axis'});
            label.textContent = data.months[at].label;
            drawing.appendChild(label);
        });
        var top = G.svg('text', {'x': String(PAD), 'y': '12', 'class': 'postmortem-gadget-axis'});
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
        var heads = [AJS.I18n.getText('postmortems.insight.month'), AJS.I18n.getText('postmortems.insight.postmortems')];
        data.measures.forEach(function (measure) {
            heads.push(measure.label);
        });
        var grid = G.table(data.title, heads);
        data.months.slice().reverse().forEach(function (month) {
            var row = P.element('tr', {'data-month': month.month});
            row.appendChild(P.element('th', {'scope': 'row'}, month.label));
            row.appendChild(G.cell(month.postmortems ? String(month.postmortems) : '', month.search));
            month.medians.forEach(function (median) {
                row.appendChild(G.cell(median.text, median.search));
            });
            grid.body.appendChild(row);
        });
        return grid.table;
    }

    function RecoveryGadget(API) {
        this.API = API;
    }

    RecoveryGadget.prototype.render = function (context, preferences) {
        G.show(this, context, preferences, 'recovery', function (box, data) {
            if (data.months.every(function (month) {
                return month.postmortems === 0;
            })) {
                box.appendChild(P.element('p', {'class': 'postmortem-gadget-empty'}, AJS.I18n.getText('postmortems.insight.recovery.empty')));
            } else {
                box.appendChild(chart(data));
                box.appendChild(legend(data));
            }
            box.appendChild(table(data));
        });
    };

    RecoveryGadget.prototype.renderEdit = function (context, preferences) {
        G.settings(this, context, preferences || {});
    };

    define('dev/postmortems/recovery-gadget', [], function () {
        return RecoveryGadget;
    });
}());
