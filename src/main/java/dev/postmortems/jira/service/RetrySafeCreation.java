package dev.postmortems.jira.service;

import java.util.Optional;

/**
 * The one way the app creates a ticket in Jira so that a retry never makes a second: the request's reference is
 * recorded first, then Jira is asked, then the ticket is noted, then the work is finished (linked, labelled,
 * watched — steps that change nothing when repeated). A retry with the same reference finds the ticket and only
 * finishes; Jira's refusal forgets the reference, so nothing half-made is left. Callers run it under the edit lock
 * of what the ticket belongs to. Actions, reviews and started postmortems all go through here.
 *
 * @param <R> what the feature records of a request
 */
public final class RetrySafeCreation<R> {
    /** What a feature keeps of its requests to create a ticket. */
    public interface Requests<R> {
        Optional<R> byReference(String requestId);

        /** The postmortem or incident the request was made for. */
        long ownerOf(R request);

        Optional<Long> ticketOf(R request);

        R noteTicket(R request, long ticketId);

        void forget(R request);
    }

    /** One creation's own steps. */
    public interface Steps<R, T> {
        /**
         * Before Jira is asked for a ticket this request has not got yet: an answer to give instead (an open review
         * rescheduled), or empty to go on; it may refuse by throwing.
         *
         * @param pending whether the request was recorded before (an interrupted attempt) rather than seen first now
         */
        default Optional<T> instead(boolean pending) {
            return Optional.empty();
        }

        /** Records a request seen for the first time. */
        R record();

        /** Asks Jira for the ticket; returns its issue id. */
        long create() throws TicketRefusedException;

        /** Completes the ticket in Jira; repeating it changes nothing. */
        void finish(long ticketId);

        /** The answer, once the ticket exists and is finished. */
        T done(R request, long ticketId, boolean createdNow);
    }

    /** The reference was made for another postmortem or incident: it is never reused for this one. */
    public static final class ReferenceUsedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public ReferenceUsedException() {
            super(null, null, false, false);
        }
    }

    private final Requests<R> requests;

    public RetrySafeCreation(Requests<R> requests) {
        this.requests = requests;
    }

    /**
     * @throws ReferenceUsedException when the reference belongs to another owner
     * @throws TicketRefusedException when Jira refused; the request is then forgotten
     */
    public <T> T create(String requestId, long owner, Steps<R, T> steps) throws TicketRefusedException {
        Optional<R> earlier = requests.byReference(requestId);
        if (earlier.isPresent() && requests.ownerOf(earlier.get()) != owner) {
            throw new ReferenceUsedException();
        }
        Optional<Long> ticket = earlier.flatMap(requests::ticketOf);
        if (ticket.isPresent()) {
            steps.finish(ticket.get()); // a retry: finish what an interruption left
            return steps.done(earlier.get(), ticket.get(), false);
        }
        Optional<T> instead = steps.instead(earlier.isPresent());
        if (instead.isPresent()) {
            return instead.get();
        }
        R request = earlier.orElseGet(steps::record);
        long created;
        try {
            created = steps.create();
        } catch (TicketRefusedException refusal) {
            requests.forget(request); // nothing was created in Jira: forget the request
            throw refusal;
        }
        R noted = requests.noteTicket(request, created);
        steps.finish(created);
        return steps.done(noted, created, true);
    }
}
