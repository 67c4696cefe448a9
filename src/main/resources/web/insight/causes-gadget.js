/*
 * The Top causes dashboard item: the cause categories of a project's root causes over the last six months, the most
 * frequent first, with how many were seen before in an earlier postmortem and how many fixes for them were judged
 * not effective (P.gadget). Bars show the counts; the table gives the same numbers, each a link to its search.
 */
(function () {
    'use strict';

    var P = window.Postmortems;
    var G = P.gadget;

    function bars(data) {
        var most = Math.max.apply(null, data.rows.map(function (row) {
            return row.rootCauses;
        }));
        var list = P.element('ul', {'class': 'postmortem-gadget-bars', 'aria-hidden': 'true'});
        data.rows.forEach(function (row) {
            var item = list.appendChild(P.element('li'));
            item.appendChild(P.element('span', {'class': 'postmortem-gadget-bar-label'}, row.category));
            var bar = item.appendChild(P.element('span', {'class': 'postmortem-gadget-bar'}));
            bar.style.width = Math.max(2, Math.round(100 * row.rootCauses / most)) + '%';
            var seen = bar.appendChild(P.element('span', {'class': 'postmortem-gadget-bar-seen'}));
            seen.style.width = Math.round(100 * row.seenBefore / row.rootCauses) + '%';
        });
        return list;
    }

    function table(data) {
        var grid = G.table(data.title, [AJS.I18n.getText('postmortems.insight.causes.category'),
            AJS.I18n.getText('postmortems.insight.causes.root-causes'), AJS.I18n.getText('postmortems.insight.postmortems'),
            AJS.I18n.getText('postmortems.insight.causes.seen-before'), AJS.I18n.getText('postmortems.insight.causes.not-effective')]);
        data.rows.forEach(function (row) {
            var line = P.element('tr', {'data-category': row.category});
            line.appendChild(P.element('th', {'scope': 'row'}, row.category));
            line.appendChild(G.cell(String(row.rootCauses), ''));
            line.appendChild(G.cell(String(row.postmortems), row.postmortemsSearch));
            line.appendChild(G.cell(String(row.seenBefore), row.seenBeforeSearch));
            line.appendChild(G.cell(String(row.notEffective), row.notEffectiveSearch));
            grid.body.appendChild(line);
        });
        return grid.table;
    }

    function CausesGadget(API) {
        this.API = API;
    }

    CausesGadget.prototype.render = function (context, preferences) {
        G.show(this, context, preferences, 'causes', function (box, data) {
            box.appendChild(P.element('p', {'class': 'postmortem-gadget-period'}, data.period));
            if (!data.rows.length) {
                box.appendChild(P.element('p', {'class': 'postmortem-gadget-empty'}, AJS.I18n.getText('postmortems.insight.causes.empty')));
                return;
            }
            box.appendChild(bars(data));
            var legend = box.appendChild(P.element('p', {'class': 'postmortem-gadget-legend', 'aria-hidden': 'true'}));
            legend.appendChild(P.element('span', {'class': 'postmortem-gadget-swatch postmortem-gadget-bar-seen'}));
            legend.appendChild(document.createTextNode(AJS.I18n.getText('postmortems.insight.causes.seen-before')));
            box.appendChild(table(data));
        });
    };

    CausesGadget.prototype.renderEdit = function (context, preferences) {
        G.settings(this, context, preferences || {});
    };

    define('dev/postmortems/causes-gadget', [], function () {
        return CausesGadget;
    });
}());
