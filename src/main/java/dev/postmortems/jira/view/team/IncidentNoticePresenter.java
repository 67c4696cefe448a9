package dev.postmortems.jira.view.team;

import dev.postmortems.jira.domain.followup.FollowUpCalendar;
import dev.postmortems.jira.domain.team.IncidentStanding;
import dev.postmortems.jira.domain.team.Waiver;
import dev.postmortems.jira.service.Messages;
import dev.postmortems.jira.service.Person;
import dev.postmortems.jira.service.Projects;
import dev.postmortems.jira.service.followup.FollowUpToday;
import dev.postmortems.jira.service.team.IncidentNotice;
import dev.postmortems.jira.view.DateTexts;

import java.time.LocalDate;

/** Words the notice on an incident, in the reader's language and date format. */
public final class IncidentNoticePresenter {
    private final Messages messages;
    private final DateTexts dates;
    private final Projects people;
    private final FollowUpToday today;

    public IncidentNoticePresenter(Messages messages, DateTexts dates, Projects people, FollowUpToday today) {
        this.messages = messages;
        this.dates = dates;
        this.people = people;
        this.today = today;
    }

    public IncidentNoticeView present(IncidentNotice notice) {
        if (notice.standing() == IncidentStanding.WAIVED) {
            Waiver waiver = notice.waiver().orElseThrow();
            String by = people.person(waiver.waivedBy()).map(Person::displayName).orElse(waiver.waivedBy());
            return new IncidentNoticeView(notice.incidentKey(), false,
                    messages.text("postmortems.notice.waived", by, dates.dayOf(waiver.waivedAt())), false, waiver.reason(),
                    notice.editable(), notice.startable(), Waiver.MAX_REASON);
        }
        LocalDate now = today.date();
        boolean overdue = notice.due().filter(due -> FollowUpCalendar.isOverdue(notice.due(), false, now)).isPresent();
        long daysLeft = notice.due().map(due -> FollowUpCalendar.daysLeft(due, now)).orElse(0L);
        String when = notice.due().map(due -> overdue ? messages.text("postmortems.review.days-overdue", -daysLeft)
                : daysLeft == 0 ? messages.text("postmortems.review.due-today")
                : messages.text("postmortems.notice.due-in", daysLeft, dates.day(due))).orElse("");
        return new IncidentNoticeView(notice.incidentKey(), true, messages.text("postmortems.notice.needed", when), overdue, "",
                notice.editable(), notice.startable(), Waiver.MAX_REASON);
    }
}
