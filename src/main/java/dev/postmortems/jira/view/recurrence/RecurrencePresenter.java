package dev.postmortems.jira.view.recurrence;

import dev.postmortems.jira.domain.verdict.ReviewLoop;
import dev.postmortems.jira.domain.verdict.Verdict;
import dev.postmortems.jira.service.snapshot.PostmortemSnapshot;
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

    /** @param postmortem the postmortem's snapshot, for what its reviews had judged to work */
    public RecurrenceView present(PostmortemRecurrences recurrences, PostmortemSnapshot postmortem) {
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
        return new RecurrenceView(recurrences.postmortem().key(), issues.size(), notice, items,
                issues.isEmpty() ? "" : judgedEffective(postmortem));
    }

    /** The actions whose latest verdict said they worked (fully or partly): the fixes the recurrence calls into question. */
    private String judgedEffective(PostmortemSnapshot postmortem) {
        ReviewLoop loop = postmortem.loop();
        List<String> fixes = postmortem.actions().stream().filter(postmortem::stands)
                .flatMap(action -> loop.latest(action.id()).stream()
                        .filter(verdict -> verdict.verdict() == Verdict.EFFECTIVE || verdict.verdict() == Verdict.PARTLY)
                        .flatMap(verdict -> postmortem.ticketOf(action).map(ticket -> ticket.key() + " ("
                                + messages.text("postmortems.verdict." + verdict.verdict().key()) + ")").stream()))
                .toList();
        return fixes.isEmpty() ? "" : messages.text("postmortems.recurrence.judged-effective", String.join(", ", fixes));
    }
}
