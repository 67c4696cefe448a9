package dev.postmortems.jira.jira.verdict;

import com.atlassian.jira.issue.Issue;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import dev.postmortems.jira.jira.PostmortemPanelContext;
import dev.postmortems.jira.service.PostmortemNotFoundException;
import dev.postmortems.jira.service.Ticket;
import dev.postmortems.jira.service.TicketReader;
import dev.postmortems.jira.service.verdict.VerdictService;
import dev.postmortems.jira.view.verdict.ReviewMeetingPresenter;

import java.util.List;
import java.util.Optional;

/**
 * The review ticket's meeting panel: the postmortem it reviews, read as one snapshot. A Postmortem Review issue the
 * app did not schedule, or whose postmortem the reader may not browse, shows nothing.
 */
public final class ReviewMeetingPanelContext extends PostmortemPanelContext {
    private final TicketReader tickets;
    private final VerdictService verdicts;
    private final ReviewMeetingPresenter presenter;

    public ReviewMeetingPanelContext(TicketReader tickets, VerdictService verdicts, ReviewMeetingPresenter presenter,
                                     PageBuilderService pageBuilderService, I18nResolver i18nResolver) {
        super(pageBuilderService, i18nResolver, "dev.postmortems.jira:verdict-resources", "meeting");
        this.tickets = tickets;
        this.verdicts = verdicts;
        this.presenter = presenter;
    }

    @Override
    protected Object model(Issue review) {
        Optional<Ticket> ticket = Optional.ofNullable(tickets.tickets(List.of(review.getId())).get(review.getId()));
        try {
            return ticket.flatMap(verdicts::meetingOf).map(presenter::present).orElse(null);
        } catch (PostmortemNotFoundException hidden) {
            return null;
        }
    }
}
