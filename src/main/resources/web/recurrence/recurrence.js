/*
 * "Mark as recurrence of…" on any issue that is not a postmortem: a dialog asks for the postmortem whose problem
 * came back and links the two; then the postmortem is shown, with its recurrence notice. Marking twice links once.
 * Texts come from the server in the person's language; values are shown with textContent or as input values only.
 */
(function () {
    'use strict';

    var P = window.Postmortems;
    var element = P.element;

    function openDialog(incidentKey) {
        P.call('GET', P.rest('/recurrences/form?incident=' + encodeURIComponent(incidentKey))).then(function (reply) {
            if (reply.status === 200) {
                showDialog(incidentKey, reply.data.labels);
            } else {
                P.flag('error', P.firstMessage(reply));
            }
        });
    }

    function showDialog(incidentKey, labels) {
        var recurrence = P.dialog({className: 'postmortem-recurrence-dialog', title: labels.title, size: 'small'});
        recurrence.content.appendChild(element('p', {}, labels.intro));
        var form = element('form', {'class': 'aui', 'id': 'postmortem-recurrence-form', 'novalidate': ''});
        var group = element('div', {'class': 'field-group'});
        group.appendChild(element('label', {'for': 'postmortem-recurrence-key'}, labels.postmortem));
        var key = element('input', {'type': 'text', 'id': 'postmortem-recurrence-key', 'name': 'postmortemKey', 'class': 'text'});
        group.appendChild(key);
        group.appendChild(element('div', {'class': 'error', 'data-error-for': 'postmortemKey', 'role': 'alert'}));
        form.appendChild(group);
        var general = element('div', {'class': 'error postmortem-recurrence-general', 'role': 'alert'});
        form.appendChild(general);
        recurrence.content.appendChild(form);
        recurrence.actions.appendChild(element('button', {'type': 'submit', 'form': form.id,
            'class': 'aui-button aui-button-primary'}, labels.mark));
        var cancel = element('button', {'type': 'button', 'class': 'aui-button aui-button-link', 'data-action': 'cancel'},
            labels.cancel);
        recurrence.actions.appendChild(cancel);
        cancel.addEventListener('click', recurrence.close);
        recurrence.show();
        key.focus();

        form.addEventListener('submit', function (event) {
            event.preventDefault();
            P.clearErrors(form);
            P.saving(form, function () {
                return P.call('POST', P.rest('/recurrences'), {incidentKey: incidentKey, postmortemKey: key.value});
            }).then(function (reply) {
                if (reply.status === 200 || reply.status === 201) {
                    window.location.assign(reply.data.url);
                    return;
                }
                general.textContent = P.placeErrors(form, reply.data).join(' ');
            });
        });
    }

    document.addEventListener('click', function (event) {
        var trigger = event.target.closest && event.target.closest('#postmortem-recurrence, .postmortem-recurrence-trigger');
        if (!trigger) {
            return;
        }
        var key = new URL(trigger.href, window.location.href).searchParams.get('postmortemRecurrence');
        if (key) {
            event.preventDefault();
            openDialog(key);
        }
    });

    // Chosen before this script ran, the operation's link reloads the issue with the incident in the address.
    function openFromAddress() {
        var key = new URL(window.location.href).searchParams.get('postmortemRecurrence');
        if (key) {
            openDialog(key);
        }
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', openFromAddress);
    } else {
        openFromAddress();
    }
}());
