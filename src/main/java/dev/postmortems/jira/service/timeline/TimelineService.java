package dev.postmortems.jira.service.timeline;

import dev.postmortems.jira.domain.timeline.PastedLine;
import dev.postmortems.jira.domain.timeline.PastedTimeline;
import dev.postmortems.jira.domain.timeline.Timeline;
import dev.postmortems.jira.domain.timeline.TimelineEntry;
import dev.postmortems.jira.domain.timeline.TimelineEntryDraft;
import dev.postmortems.jira.domain.timeline.TimelineInput;
import dev.postmortems.jira.domain.timeline.TimelineProblem;
import dev.postmortems.jira.service.EditLock;
import dev.postmortems.jira.service.FieldError;
import dev.postmortems.jira.service.InvalidInputException;
import dev.postmortems.jira.service.PostmortemIssue;
import dev.postmortems.jira.service.PostmortemPermissions;
import dev.postmortems.jira.service.RequestReferences;
import dev.postmortems.jira.service.PostmortemNotFoundException;
import dev.postmortems.jira.service.StaleEditException;
import dev.postmortems.jira.service.WhoIsAsking;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The timeline of a postmortem: read it, add facts one by one or pasted, correct them, remove them. */
public final class TimelineService {
    static final String ENTRY_NOT_FOUND = "postmortems.timeline.error.entry-not-found";

    private final PostmortemPermissions permissions;
    private final TimelineStore store;
    private final EditLock editLock;
    private final WhoIsAsking viewer;
    private final Clock clock;

    public TimelineService(PostmortemPermissions permissions, TimelineStore store, EditLock editLock, WhoIsAsking viewer, Clock clock) {
        this.permissions = permissions;
        this.store = store;
        this.editLock = editLock;
        this.viewer = viewer;
        this.clock = clock;
    }

    /**
     * What a request added: the entries, and whether they were added now or by an earlier request with the same
     * reference (a double click or a retry), which adds nothing again.
     */
    public record Added(List<TimelineEntry> entries, boolean now) {
    }

    /** Adds one entry; a repeat of the request (same reference) answers the entry it added. */
    public Added add(String issueKey, TimelineInput input, String requestId) {
        PostmortemIssue postmortem = permissions.toChange(issueKey);
        TimelineEntryDraft draft = valid(input);
        return once(postmortem, requestId, List.of(draft));
    }

    /** What a paste would add, line by line, without adding anything. */
    public List<PastedLine> preview(String issueKey, PasteInput paste) {
        permissions.toChange(issueKey);
        return read(paste);
    }

    /**
     * Adds every understood line of the paste in one step; lines not understood are left out. A repeat of the
     * request (same reference) answers the entries it added.
     */
    public Added addPasted(String issueKey, PasteInput paste, String requestId) {
        PostmortemIssue postmortem = permissions.toChange(issueKey);
        List<TimelineEntryDraft> drafts = read(paste).stream().flatMap(line -> line.draft().stream()).toList();
        if (drafts.isEmpty()) {
            throw new InvalidInputException(List.of(new FieldError("text", "postmortems.timeline.paste.nothing-understood")));
        }
        return once(postmortem, requestId, drafts);
    }

    private Added once(PostmortemIssue postmortem, String requestId, List<TimelineEntryDraft> drafts) {
        Optional<String> reference = RequestReferences.given(requestId);
        if (reference.isEmpty()) {
            return new Added(store.add(postmortem.id(), drafts), true); // no reference: not safe to repeat
        }
        // Under the lock, so two copies of one request sent at once add the entries once.
        return editLock.whileEditing(postmortem.id(), () -> {
            List<TimelineEntry> earlier = store.addedBy(postmortem.id(), reference.get());
            return earlier.isEmpty() ? new Added(store.add(postmortem.id(), drafts, reference), true) : new Added(earlier, false);
        });
    }

    public TimelineEntry update(String issueKey, long entryId, Integer revision, TimelineInput input) {
        PostmortemIssue postmortem = permissions.toChange(issueKey);
        TimelineEntryDraft draft = valid(input);
        if (revision == null) {
            throw new InvalidInputException(List.of(new FieldError("revision", "postmortems.error.revision-missing")));
        }
        return editLock.whileEditing(postmortem.id(), () -> {
            TimelineEntry current = entryOf(postmortem, entryId);
            if (current.revision() != revision) {
                throw new StaleEditException(current);
            }
            return store.replace(current, draft);
        });
    }

    public void delete(String issueKey, long entryId) {
        PostmortemIssue postmortem = permissions.toChange(issueKey);
        editLock.whileEditing(postmortem.id(), () -> {
            store.delete(entryOf(postmortem, entryId).id());
            return null;
        });
    }

    /** The postmortem issue is gone from Jira: its timeline goes too. */
    public int forget(long issueId) {
        return store.deleteAllOf(issueId);
    }

    private TimelineEntry entryOf(PostmortemIssue postmortem, long entryId) {
        TimelineEntry entry = store.find(entryId).orElseThrow(() -> new PostmortemNotFoundException(ENTRY_NOT_FOUND));
        if (entry.issueId() != postmortem.id()) {
            throw new InvalidInputException(List.of(new FieldError("id", "postmortems.timeline.error.entry-of-other-issue",
                    List.of(entryId, postmortem.key()))));
        }
        return entry;
    }

    private List<PastedLine> read(PasteInput paste) {
        List<FieldError> errors = new ArrayList<>();
        ZoneId zone = viewer.timeZone();
        if (!isBlank(paste.zone())) {
            try {
                zone = ZoneId.of(paste.zone().trim());
            } catch (DateTimeException e) {
                errors.add(new FieldError("zone", "postmortems.timeline.paste.zone-unknown", List.of(paste.zone())));
            }
        }
        LocalDate date = LocalDate.now(clock.withZone(zone));
        if (!isBlank(paste.date())) {
            try {
                date = LocalDate.parse(paste.date().trim());
            } catch (DateTimeException e) {
                errors.add(new FieldError("date", "postmortems.timeline.paste.date-invalid", List.of(paste.date())));
            }
        }
        if (isBlank(paste.text())) {
            errors.add(new FieldError("text", "postmortems.timeline.paste.text-missing"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return PastedTimeline.read(paste.text(), date, zone);
    }

    private TimelineEntryDraft valid(TimelineInput input) {
        List<TimelineProblem> problems = input.problems(viewer.timeZone());
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.stream().map(TimelineService::error).toList());
        }
        return input.draft(viewer.timeZone()).orElseThrow();
    }

    public static FieldError error(TimelineProblem problem) {
        List<Object> arguments = problem == TimelineProblem.TEXT_TOO_LONG ? List.of(TimelineProblem.MAX_TEXT_LENGTH) : List.of();
        return new FieldError(problem.field(), "postmortems.timeline.problem." + problem.code(), arguments);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
