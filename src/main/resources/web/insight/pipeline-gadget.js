/*
 * The Postmortem pipeline dashboard item: what a project's postmortem practice has in front of it — the open
 * postmortems by due date and by age, and what needs attention: incidents waiting for a postmortem, follow-up
 * reviews overdue or coming up, postmortems whose problem came back while their actions are open (P.gadget). A bar
 * shows the open postmortems by due date; the tables give every number, each a link to the Jira search for its issues.
 */
(function () {
    'use strict';

    var P = window.Postmortems;
    var G = P.gadget;

    /** The open postmortems as one bar, a part per due-date row; the table below gives the same numbers. */
    function bar(data) {
        var line = P.element('div', {'class': 'postmortem-gadget-stack', 'aria-hidden': 'true'});
        data.openByDue.forEach(function (row) {
            if (row.count.count) {
                var part = line.appendChild(P.element('span', {'class': 'postmortem-gadget-stack-part postmortem-gadget-due-' + row.key,
                    'title': row.label + ': ' + row.count.count}));
                part.style.flexGrow = String(row.count.count);
            }
        });
        return line;
    }

    function legend(data) {
        var list = P.element('ul', {'class': 'postmortem-gadget-legend', 'aria-hidden': 'true'});
        data.openByDue.forEach(function (row) {
            var item = list.appendChild(P.element('li'));
            item.appendChild(P.element('span', {'class': 'postmortem-gadget-swatch postmortem-gadget-due-' + row.key}));
            item.appendChild(document.createTextNode(row.label));
        });
        return list;
    }

    function rows(list) {
        return list.map(function (row) {
            return {attributes: {'data-row': row.key}, label: row.label, counts: [row.count]};
        });
    }

    function PipelineGadget(API) {
        this.API = API;
    }

    PipelineGadget.prototype.render = function (context, preferences) {
        G.show(this, context, preferences, 'pipeline', function (box, data) {
            var total = box.appendChild(P.element('p', {'class': 'postmortem-gadget-total'},
                AJS.I18n.getText('postmortems.insight.pipeline.open') + ': '));
            total.appendChild(data.open.search ? P.element('a', {'href': data.open.search}, String(data.open.count))
                : document.createTextNode(String(data.open.count)));
            if (data.open.count) {
                box.appendChild(bar(data));
                box.appendChild(legend(data));
            }
            G.section(box, AJS.I18n.getText('postmortems.insight.pipeline.by-due'), [AJS.I18n.getText('postmortems.insight.pipeline.due'),
                AJS.I18n.getText('postmortems.insight.pipeline.postmortems')], rows(data.openByDue));
            G.section(box, AJS.I18n.getText('postmortems.insight.pipeline.by-age'), [AJS.I18n.getText('postmortems.insight.pipeline.age'),
                AJS.I18n.getText('postmortems.insight.pipeline.postmortems')], rows(data.openByAge));
            G.section(box, AJS.I18n.getText('postmortems.insight.pipeline.attention'), [AJS.I18n.getText('postmortems.insight.pipeline.what'),
                AJS.I18n.getText('postmortems.insight.pipeline.issues')], rows(data.attention));
        });
    };

    PipelineGadget.prototype.renderEdit = function (context, preferences) {
        G.settings(this, context, preferences || {});
    };

    define('dev/postmortems/pipeline-gadget', [], function () {
        return PipelineGadget;
    });
}());
