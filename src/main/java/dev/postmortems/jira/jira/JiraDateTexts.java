package dev.postmortems.jira.jira;

import com.atlassian.jira.datetime.DateTimeFormatter;
import com.atlassian.jira.datetime.DateTimeFormatterFactory;
import com.atlassian.jira.datetime.DateTimeStyle;
import dev.postmortems.jira.service.SiteTimeZone;
import dev.postmortems.jira.view.DateTexts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;

/** Dates through Jira's own date formatter, for the logged-in user: Jira's DATE and COMPLETE styles. */
public final class JiraDateTexts implements DateTexts {
    private final DateTimeFormatterFactory formatters;
    private final SiteTimeZone siteTimeZone;

    public JiraDateTexts(DateTimeFormatterFactory formatters, SiteTimeZone siteTimeZone) {
        this.formatters = formatters;
        this.siteTimeZone = siteTimeZone;
    }

    @Override
    public String day(LocalDate day) {
        // The day starts in Jira's default zone and is written in that zone, so every reader sees the same day.
        Date start = Date.from(day.atStartOfDay(siteTimeZone.defaultZone()).toInstant());
        return reader().withDefaultZone().withStyle(DateTimeStyle.DATE).format(start);
    }

    @Override
    public String dayOf(Instant at) {
        return reader().withStyle(DateTimeStyle.DATE).format(Date.from(at));
    }

    @Override
    public String moment(Instant at) {
        return reader().withStyle(DateTimeStyle.COMPLETE).format(Date.from(at));
    }

    private DateTimeFormatter reader() {
        return formatters.formatter().forLoggedInUser();
    }
}
