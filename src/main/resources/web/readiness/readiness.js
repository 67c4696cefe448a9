/*
 * Readiness panel: the checklist is computed by the server; the panel is rendered again whenever another panel of
 * the postmortem changes something, so the facilitator sees what is still missing without reloading the page.
 */
(function () {
    'use strict';

    var P = window.Postmortems;

    function Readiness(root) {
        this.root = root;
        this.status = root.querySelector('.postmortem-readiness-summary strong');
    }

    P.panel(Readiness, 'readiness');

    Readiness.prototype.start = function () {
        var self = this;
        document.addEventListener(P.CHANGED, function () {
            self.reload();
        });
    };

    P.startPanels('.postmortem-readiness', Readiness);
}());
