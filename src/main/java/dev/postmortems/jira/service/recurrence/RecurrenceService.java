package dev.postmortems.jira.service.recurrence;

import dev.postmortems.jira.domain.recurrence.RecurrenceRule;
import dev.postmortems.jira.service.ChangeNotAllowedException;
import dev.postmortems.jira.service.FieldError;
import dev.postmortems.jira.service.InvalidInputException;
import dev.postmortems.jira.service.Links;
import dev.postmortems.jira.service.LinkRole;
import dev.postmortems.jira.service.Messages;
import dev.postmortems.jira.service.TicketWriter;
import dev.postmortems.jira.service.PostmortemIssue;
import dev.postmortems.jira.service.PostmortemNotFoundException;
import dev.postmortems.jira.service.PostmortemPermissions;

import java.util.List;
import java.util.Set;
import java.util.Map;

/**
 * Recurrences: a new incident marked as a recurrence of a postmortem, because the same problem came back. The
 * link shows on the original postmortem, so the investigation that went wrong is seen.
 */
public final class RecurrenceService {
    static final String INCIDENT_NOT_FOUND = "postmortems.recurrence.error.incident-not-found";

    private final PostmortemPermissions permissions;
    private final RecurrenceLinks links;
    private final TicketWriter writer;
    private final Links addresses;
    private final Messages messages;

    public RecurrenceService(PostmortemPermissions permissions, RecurrenceLinks links, TicketWriter writer, Links addresses, Messages messages) {
        this.permissions = permissions;
        this.links = links;
        this.writer = writer;
        this.addresses = addresses;
        this.messages = messages;
    }

    /** The dialog for an incident the person may mark: 404 if they may not see it, 403 if they may not edit it. */
    public RecurrenceForm form(String incidentKey) {
        IncidentIssue incident = markable(incidentKey);
        return new RecurrenceForm(incident.key(), Map.of(
                "title", messages.text("postmortems.recurrence.dialog.title", incident.key()),
                "intro", messages.text("postmortems.recurrence.dialog.intro"),
                "postmortem", messages.text("postmortems.recurrence.field.postmortem"),
                "mark", messages.text("postmortems.recurrence.action.mark"),
                "cancel", messages.text("postmortems.recurrence.action.cancel")));
    }

    /**
     * Marks the incident as a recurrence of the postmortem. The person needs to edit the incident and browse the
     * postmortem; marking twice links once.
     */
    public Marked mark(RecurrenceInput input) {
        if (input == null || input.incidentKey() == null || input.incidentKey().isBlank()) {
            throw new InvalidInputException(List.of(new FieldError("incidentKey", "postmortems.recurrence.error.incident-missing")));
        }
        IncidentIssue incident = markable(input.incidentKey());
        String postmortemKey = input.postmortemKey() == null ? "" : input.postmortemKey().trim();
        if (postmortemKey.isEmpty()) {
            throw new InvalidInputException(List.of(new FieldError("postmortemKey", "postmortems.recurrence.error.postmortem-missing")));
        }
        PostmortemIssue postmortem;
        try {
            postmortem = permissions.toRead(postmortemKey);
        } catch (PostmortemNotFoundException unknown) {
            throw new InvalidInputException(List.of(new FieldError("postmortemKey", "postmortems.recurrence.error.postmortem-not-found",
                    List.of(postmortemKey))));
        }
        if (RecurrenceRule.problem(incident.id(), incident.postmortem(), links.partOf(postmortem.id())).isPresent()) {
            throw new InvalidInputException(List.of(new FieldError("incidentKey", "postmortems.recurrence.error.part-of-postmortem",
                    List.of(incident.key(), postmortem.key()))));
        }
        boolean created = writer.link(postmortem.id(), incident.id(), LinkRole.RECURRENCE);
        return new Marked(postmortem.key(), addresses.issue(postmortem.key()), created);
    }

    private IncidentIssue markable(String incidentKey) {
        IncidentIssue incident = links.incident(incidentKey == null ? "" : incidentKey.trim())
                .orElseThrow(() -> new PostmortemNotFoundException(INCIDENT_NOT_FOUND));
        if (!incident.editable()) {
            throw ChangeNotAllowedException.issue(incident.key());
        }
        if (RecurrenceRule.problem(incident.id(), incident.postmortem(), Set.of()).isPresent()) {
            throw new InvalidInputException(List.of(new FieldError("incidentKey", "postmortems.recurrence.error.incident-is-postmortem")));
        }
        return incident;
    }

    public PostmortemRecurrences recurrences(String postmortemKey) {
        PostmortemIssue postmortem = permissions.toRead(postmortemKey);
        return new PostmortemRecurrences(postmortem, links.recurrencesOf(postmortem.id()));
    }
}
