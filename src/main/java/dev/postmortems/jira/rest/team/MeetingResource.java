package dev.postmortems.jira.rest.team;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import dev.postmortems.jira.domain.team.Meeting;
import dev.postmortems.jira.domain.team.MeetingInput;
import dev.postmortems.jira.service.Links;
import dev.postmortems.jira.service.PostmortemNotFoundException;
import dev.postmortems.jira.service.Ticket;
import dev.postmortems.jira.service.TicketReader;
import dev.postmortems.jira.service.team.MeetingService;
import dev.postmortems.jira.view.team.MeetingInvitation;
import dev.postmortems.jira.view.team.MeetingPresenter;
import dev.postmortems.jira.view.team.MeetingView;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.Clock;
import java.util.Locale;

/**
 * {@code /rest/postmortems/1.0/postmortems/{issueKey}/meeting}: the postmortem meeting — when, how long, where — for
 * readers; set by editors; and its invitation as an iCalendar file.
 */
@Path("/postmortems/{issueKey}/meeting")
@Produces(MediaType.APPLICATION_JSON)
public final class MeetingResource {
    static final String NO_MEETING = "postmortems.meeting.error.none";

    private final MeetingService service;
    private final MeetingPresenter presenter;
    private final TicketReader tickets;
    private final Links links;
    private final Clock clock;

    @Inject
    public MeetingResource(MeetingService service, MeetingPresenter presenter, TicketReader tickets, Links links, Clock clock) {
        this.service = service;
        this.presenter = presenter;
        this.tickets = tickets;
        this.links = links;
        this.clock = clock;
    }

    /**
     * @param date     ISO day in the caller's time zone
     * @param time     24-hour time in the caller's time zone
     * @param minutes  the length, 60 when left out
     * @param sequence the version the caller saw; absent before the first meeting
     */
    public record MeetingJson(String date, String time, Integer minutes, String place, Integer sequence) {
    }

    @AnonymousSiteAccess
    @GET
    public MeetingView meeting(@PathParam("issueKey") String issueKey) {
        return presenter.present(service.meeting(issueKey), links.meetingInvitation(key(issueKey)), service.editable(issueKey));
    }

    @LicensedOnly
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public MeetingView schedule(@PathParam("issueKey") String issueKey, MeetingJson meeting) {
        MeetingInput input = meeting == null ? null
                : new MeetingInput(meeting.date(), meeting.time(), meeting.minutes(), meeting.place(), meeting.sequence());
        return presenter.present(java.util.Optional.of(service.schedule(issueKey, input)), links.meetingInvitation(key(issueKey)), true);
    }

    /** The invitation to download: {@code text/calendar}, a file named after the postmortem. 404 without a meeting. */
    @AnonymousSiteAccess
    @GET
    @Path("/invitation.ics")
    @Produces("text/calendar")
    public Response invitation(@PathParam("issueKey") String issueKey) {
        Meeting meeting = service.meeting(issueKey).orElseThrow(() -> new PostmortemNotFoundException(NO_MEETING));
        String key = key(issueKey);
        String summary = tickets.byKey(key).map(Ticket::summary).orElse(key);
        String ics = MeetingInvitation.ics(meeting, key, summary, links.issueOnSite(key), clock.instant());
        return Response.ok(ics, "text/calendar; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + key + "-meeting.ics\"").build();
    }

    private static String key(String issueKey) {
        return issueKey == null ? "" : issueKey.strip().toUpperCase(Locale.ROOT);
    }
}
