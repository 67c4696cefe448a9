/*
 * The Follow-up review panel: schedule or reschedule the review without reloading the page. The form keeps one
 * reference until the review exists, so sending it again never creates a second review. Values from the server are
 * shown with textContent only.
 */
(function () {
    'use strict';

    var P = window.Postmortems;
    var element = P.element;

    function Review(root) {
        this.root = root;
        this.url = P.resource(root, 'review');
        this.status = root.querySelector('.postmortem-review-status');
    }

    P.panel(Review);

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
                    self.render(reply.data);
                    status.textContent = self.root.dataset.textSaved;
                    return;
                }
                status.textContent = P.placeErrors(form, reply.data).join(' ');
            });
        });
    };

    Review.prototype.render = function (view) {
        var data = this.root.dataset;
        var current = this.root.querySelector('.postmortem-review-current');
        current.textContent = '';
        var ticket = view.review;
        if (ticket) {
            var line = element('p', {'class': 'postmortem-review-ticket'});
            line.appendChild(element('a', {'class': 'postmortem-review-key', 'href': ticket.url}, ticket.key));
            line.appendChild(document.createTextNode(' '));
            line.appendChild(element('span', {'class': 'postmortem-review-summary'}, ticket.visible ? ticket.summary : data.textRestricted));
            current.appendChild(line);
            if (ticket.visible) {
                current.appendChild(element('p', {'class': 'postmortem-review-when' + (ticket.overdue ? ' postmortem-review-overdue' : '')},
                    ticket.when));
                current.appendChild(element('p', {'class': 'postmortem-review-owner'},
                    data.textOwner + ': ' + (ticket.owner || data.textNoOwner)));
            }
        }
        current.appendChild(element('p', {'class': 'postmortem-review-progress'}, view.progress));
        var open = ticket && !ticket.done;
        var label = open ? data.textReschedule : data.textSchedule;
        var form = this.root.querySelector('.postmortem-review-form');
        form.querySelector('legend').textContent = label;
        form.querySelector('button[type=submit]').textContent = label;
    };

    P.startPanels('.postmortem-review', Review);
}());
