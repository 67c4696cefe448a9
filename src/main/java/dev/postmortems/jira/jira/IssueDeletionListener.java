package dev.postmortems.jira.jira;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.Issue;
import dev.postmortems.jira.service.timeline.TimelineService;
import dev.postmortems.jira.service.whys.WhysService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When an issue is deleted, its postmortem data goes too. It keys on the issue id alone, which the event still
 * carries after the issue is gone, and does not ask whether the issue was a Postmortem: its type may have
 * changed since the data was written. While the app is disabled no event arrives; rows left then belong to an
 * id Jira never reuses, so nothing ever shows them.
 */
public final class IssueDeletionListener {
    private static final Logger log = LoggerFactory.getLogger(IssueDeletionListener.class);

    private final EventPublisher eventPublisher;
    private final TimelineService timelineService;
    private final WhysService whysService;

    public IssueDeletionListener(EventPublisher eventPublisher, TimelineService timelineService, WhysService whysService) {
        this.eventPublisher = eventPublisher;
        this.timelineService = timelineService;
        this.whysService = whysService;
    }

    public void register() {
        eventPublisher.register(this);
    }

    public void unregister() {
        eventPublisher.unregister(this);
    }

    @EventListener
    public void onIssueEvent(IssueEvent event) {
        if (!EventType.ISSUE_DELETED_ID.equals(event.getEventTypeId())) {
            return;
        }
        Issue issue = event.getIssue();
        if (issue == null || issue.getId() == null) {
            return;
        }
        forget(issue.getId(), "timeline", () -> timelineService.forget(issue.getId()));
        forget(issue.getId(), "whys", () -> whysService.forget(issue.getId()));
    }

    /** Each feature on its own: one failing must not keep the others' data, nor fail the deletion in Jira. */
    private static void forget(long issueId, String feature, java.util.function.IntSupplier removal) {
        try {
            int removed = removal.getAsInt();
            log.debug("Postmortems: issue {} deleted; removed {} {} rows", issueId, removed, feature);
        } catch (RuntimeException e) {
            log.warn("Postmortems: could not remove the {} of deleted issue {}", feature, issueId, e);
        }
    }
}
