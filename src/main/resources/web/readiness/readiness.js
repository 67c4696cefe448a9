/*
 * Readiness panel: the checklist is computed by the server; it is read again whenever another panel of the
 * postmortem changes something, so the facilitator sees what is still missing without reloading the page.
 */
(function () {
    'use strict';

    var P = window.Postmortems;
    var element = P.element;

    function Readiness(root) {
        this.root = root;
        this.url = P.resource(root, 'readiness');
        this.list = root.querySelector('.postmortem-readiness-items');
        this.status = root.querySelector('.postmortem-readiness-summary strong');
    }

    P.panel(Readiness);

    Readiness.prototype.start = function () {
        var self = this;
        document.addEventListener(P.CHANGED, function () {
            self.reload();
        });
    };

    Readiness.prototype.render = function (view) {
        var self = this;
        this.status.textContent = view.summary;
        this.root.querySelector('.postmortem-readiness-ready').hidden = !view.ready;
        this.list.textContent = '';
        view.items.forEach(function (item) {
            var line = element('li', {'class': 'postmortem-readiness-item ' + (item.met ? 'postmortem-readiness-met' : 'postmortem-readiness-missing'),
                'data-rule': item.key, 'data-met': String(item.met)});
            line.appendChild(element('span', {'class': 'aui-lozenge ' + (item.met ? 'aui-lozenge-success' : 'aui-lozenge-moved')},
                item.met ? self.text('Met') : self.text('NotMet')));
            line.appendChild(element('span', {'class': 'postmortem-readiness-label'}, item.label));
            line.appendChild(element('span', {'class': 'postmortem-readiness-detail'}, item.detail));
            self.list.appendChild(line);
        });
    };

    P.startPanels('.postmortem-readiness', Readiness);
}());
