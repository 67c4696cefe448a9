package dev.postmortems.jira.view.recurrence;

import dev.postmortems.jira.service.Links;
import dev.postmortems.jira.service.Messages;
import dev.postmortems.jira.service.recurrence.PostmortemRecurrences;
import dev.postmortems.jira.service.recurrence.RecurrenceIssue;
import dev.postmortems.jira.view.DateTexts;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** Says how often the problem came back and when last, in the reader's language and time zone. */
public final class RecurrencePresenter {
    private final Messages messages;
    private final Links links;
    private final DateTexts dates;

    public RecurrencePresenter(Messages messages, Links links, DateTexts dates) {
        this.messages = messages;
        this.links = links;
        this.dates = dates;
    }

    public RecurrenceView present(PostmortemRecurrences recurrences) {
        List<RecurrenceIssue> issues = recurrences.recurrences();
        List<RecurrenceItemView> items = issues.stream().map(issue -> issue.visible()
                ? new RecurrenceItemView(issue.key(), links.issue(issue.key()), issue.summary(), false,
                        issue.created() == null ? "" : issue.created().toString(), issue.created() == null ? "" : dates.dayOf(issue.created()))
                : new RecurrenceItemView("", "", "", true, "", "")).toList();
        String notice = "";
        if (!issues.isEmpty()) {
            Instant last = issues.stream().filter(RecurrenceIssue::visible).map(RecurrenceIssue::created).filter(Objects::nonNull)
                    .max(Comparator.naturalOrder()).orElse(null);
            notice = last == null ? messages.text("postmortems.recurrence.notice.hidden", issues.size())
                    : messages.text("postmortems.recurrence.notice", issues.size(), dates.dayOf(last));
        }
        return new RecurrenceView(recurrences.postmortem().key(), issues.size(), notice, items);
    }
}
