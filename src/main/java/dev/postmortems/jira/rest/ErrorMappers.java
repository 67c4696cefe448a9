package dev.postmortems.jira.rest;

import dev.postmortems.jira.domain.timeline.TimelineEntry;
import dev.postmortems.jira.domain.whys.WhyChain;
import dev.postmortems.jira.service.ChangeNotAllowedException;
import dev.postmortems.jira.service.PostmortemIssue;
import dev.postmortems.jira.view.whys.WhysPresenter;
import dev.postmortems.jira.service.FieldError;
import dev.postmortems.jira.service.InvalidInputException;
import dev.postmortems.jira.service.Messages;
import dev.postmortems.jira.service.PostmortemNotFoundException;
import dev.postmortems.jira.service.StaleEditException;
import dev.postmortems.jira.domain.verdict.VerdictRecord;
import dev.postmortems.jira.view.verdict.ReviewMeetingPresenter;
import dev.postmortems.jira.view.lessons.LessonsPresenter;
import dev.postmortems.jira.service.lessons.PostmortemLessons;
import dev.postmortems.jira.service.TryAgainLaterException;
import dev.postmortems.jira.service.team.AlreadyStartedException;
import dev.postmortems.jira.service.team.PostmortemTeam;
import dev.postmortems.jira.view.team.IssueLinkView;
import dev.postmortems.jira.view.team.TeamPresenter;
import dev.postmortems.jira.view.timeline.TimelinePresenter;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns what the services refuse into Jira-style error responses, so resources never catch exceptions.
 * Messages are translated into the caller's language.
 */
public final class ErrorMappers {
    private ErrorMappers() {
    }

    static Response json(Response.Status status, Object body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }

    @Provider
    public static final class NotFound implements ExceptionMapper<PostmortemNotFoundException> {
        private final Messages messages;

        @Inject
        public NotFound(Messages messages) {
            this.messages = messages;
        }

        @Override
        public Response toResponse(PostmortemNotFoundException e) {
            return json(Response.Status.NOT_FOUND, ErrorBody.message(messages.text(e.messageKey())));
        }
    }

    @Provider
    public static final class NotAllowed implements ExceptionMapper<ChangeNotAllowedException> {
        private final Messages messages;

        @Inject
        public NotAllowed(Messages messages) {
            this.messages = messages;
        }

        @Override
        public Response toResponse(ChangeNotAllowedException e) {
            return json(Response.Status.FORBIDDEN, ErrorBody.message(messages.text(e.messageKey(), e.arguments().toArray())));
        }
    }

    @Provider
    public static final class Invalid implements ExceptionMapper<InvalidInputException> {
        private final Messages messages;

        @Inject
        public Invalid(Messages messages) {
            this.messages = messages;
        }

        @Override
        public Response toResponse(InvalidInputException e) {
            Map<String, String> byField = new LinkedHashMap<>();
            for (FieldError error : e.errors()) {
                // A field with several problems shows them together.
                byField.merge(error.field(), messages.text(error.messageKey(), error.arguments().toArray()), (a, b) -> a + " " + b);
            }
            return json(Response.Status.BAD_REQUEST, new ErrorBody(List.of(), byField));
        }
    }

    @Provider
    public static final class Stale implements ExceptionMapper<StaleEditException> {
        private final Messages messages;
        private final TimelinePresenter timelinePresenter;
        private final WhysPresenter whysPresenter;
        private final LessonsPresenter lessonsPresenter;
        private final TeamPresenter teamPresenter;
        private final ReviewMeetingPresenter reviewMeetingPresenter;
        private final dev.postmortems.jira.view.team.MeetingPresenter meetingPresenter;
        private final dev.postmortems.jira.service.Links links;

        @Inject
        public Stale(Messages messages, TimelinePresenter timelinePresenter, WhysPresenter whysPresenter,
                     LessonsPresenter lessonsPresenter, TeamPresenter teamPresenter, ReviewMeetingPresenter reviewMeetingPresenter,
                     dev.postmortems.jira.view.team.MeetingPresenter meetingPresenter, dev.postmortems.jira.service.Links links) {
            this.messages = messages;
            this.timelinePresenter = timelinePresenter;
            this.whysPresenter = whysPresenter;
            this.lessonsPresenter = lessonsPresenter;
            this.teamPresenter = teamPresenter;
            this.reviewMeetingPresenter = reviewMeetingPresenter;
            this.meetingPresenter = meetingPresenter;
            this.links = links;
        }

        @Override
        public Response toResponse(StaleEditException e) {
            // The current item is shown the way its own resource shows it.
            Object current = e.current();
            if (current instanceof TimelineEntry entry) {
                current = timelinePresenter.row(entry);
            } else if (current instanceof PostmortemLessons lessons) {
                current = lessonsPresenter.present(lessons);
            } else if (current instanceof WhyChain chain) {
                current = whysPresenter.chain(chain);
            } else if (current instanceof PostmortemTeam team) {
                current = teamPresenter.present(team);
            } else if (current instanceof VerdictRecord verdict) {
                current = reviewMeetingPresenter.verdict(verdict);
            } else if (current instanceof dev.postmortems.jira.domain.team.Meeting meeting) {
                current = meetingPresenter.present(java.util.Optional.of(meeting), "", true);
            }
            return json(Response.Status.CONFLICT,
                    new StaleBody(List.of(messages.text("postmortems.error.stale-edit")), Map.of(), current));
        }
    }

    @Provider
    public static final class Busy implements ExceptionMapper<TryAgainLaterException> {
        private final Messages messages;

        @Inject
        public Busy(Messages messages) {
            this.messages = messages;
        }

        @Override
        public Response toResponse(TryAgainLaterException e) {
            return json(Response.Status.SERVICE_UNAVAILABLE, ErrorBody.message(messages.text("postmortems.error.busy")));
        }
    }

    @Provider
    public static final class AlreadyStarted implements ExceptionMapper<AlreadyStartedException> {
        private final Messages messages;
        private final TeamPresenter teamPresenter;

        @Inject
        public AlreadyStarted(Messages messages, TeamPresenter teamPresenter) {
            this.messages = messages;
            this.teamPresenter = teamPresenter;
        }

        @Override
        public Response toResponse(AlreadyStartedException e) {
            return json(Response.Status.CONFLICT, new ExistingBody(List.of(messages.text("postmortems.team.error.already-started")),
                    Map.of(), teamPresenter.issues(e.existing())));
        }
    }

    /** A 409 for an incident that already has postmortems: which ones, so the dialog can link to them. */
    public record ExistingBody(List<String> errorMessages, Map<String, String> errors, List<IssueLinkView> existing) {
    }

    /** A 409 also carries the item as it is now, so the person can compare and save again. */
    public record StaleBody(List<String> errorMessages, Map<String, String> errors, Object current) {
    }
}
