/*
 * The Follow-up review panel: schedule or reschedule the review without reloading the page. The form keeps one
 * reference until the review exists, so sending it again never creates a second review. After a change the server
 * renders the panel again (P.panel).
 */
(function () {
    'use strict';

    var P = window.Postmortems;

    function Review(root) {
        this.root = root;
        this.url = P.resource(root, 'review');
        this.status = root.querySelector('.postmortem-review-status');
    }

    P.panel(Review, 'review');

    Review.prototype.start = function () {
        var self = this;
        P.follow(this.root, ['actions'], function () {
            self.reload();
        });
        var form = this.root.querySelector('.postmortem-review-form');
        if (!form) {
            return;
        }
        var requestId = P.requestId();
        var issueKey = this.root.dataset.issueKey;
        // The review's owner is someone who may be assigned issues where the postmortem is.
        P.userPicker(form.elements.owner, {search: 'assignable', scope: function () {
            return issueKey;
        }});
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            P.clearErrors(form);
            var status = self.root.querySelector('.postmortem-review-status');
            status.textContent = '';
            P.saving(form, function () {
                return P.call('PUT', self.url, {
                    requestId: requestId,
                    interval: form.elements.interval.value,
                    date: form.elements.date.value,
                    owner: form.elements.owner.value
                });
            }).then(function (reply) {
                if (reply.status === 200 || reply.status === 201) {
                    requestId = P.requestId(); // the next scheduling is a new request
                    form.elements.date.value = '';
                    return self.reload().then(function () {
                        P.closeForm(form);
                        P.flag('success', AJS.I18n.getText('postmortems.review.status.saved'));
                    });
                }
                status.textContent = P.placeErrors(form, reply.data).join(' ');
            });
        });
    };

    P.startPanels('.postmortem-review', Review);
}());
