package dev.postmortems.jira.jiradouble;

import com.atlassian.jira.datetime.DateTimeFormatter;
import com.atlassian.jira.datetime.DateTimeFormatterFactory;
import com.atlassian.jira.datetime.DateTimeStyle;

import java.time.ZoneId;
import java.time.format.DateTimeFormatterBuilder;
import java.util.Date;
import java.util.Locale;
import java.util.Map;

/**
 * Jira's date formatters with Jira's default look-and-feel formats ({@code dd/MMM/yy} for a date,
 * {@code dd/MMM/yy h:mm a} for date and time): in Jira's default zone and language unless asked for the logged-in
 * user's, as Jira's own formatter factory hands them out.
 */
public final class DoubleDateTimeFormatters implements DateTimeFormatterFactory {
    static final Map<DateTimeStyle, String> PATTERNS = Map.of(
            DateTimeStyle.DATE, "dd/MMM/yy",
            DateTimeStyle.COMPLETE, "dd/MMM/yy h:mm a");

    private final DoubleAuthenticationContext authentication;

    /** A day as the double's Jira shows dates to an English reader, for tests to expect. */
    public static String shown(java.time.LocalDate day) {
        return new DateTimeFormatterBuilder().appendPattern(PATTERNS.get(DateTimeStyle.DATE)).toFormatter(Locale.ENGLISH).format(day);
    }

    DoubleDateTimeFormatters(DoubleAuthenticationContext authentication) {
        this.authentication = authentication;
    }

    @Override
    public DateTimeFormatter formatter() {
        return new Formatter(false, false, DateTimeStyle.RELATIVE);
    }

    private final class Formatter implements DateTimeFormatter {
        private final boolean forUser;
        private final boolean defaultZone;
        private final DateTimeStyle style;

        Formatter(boolean forUser, boolean defaultZone, DateTimeStyle style) {
            this.forUser = forUser;
            this.defaultZone = defaultZone;
            this.style = style;
        }

        @Override
        public DateTimeFormatter forLoggedInUser() {
            return new Formatter(true, defaultZone, style);
        }

        @Override
        public DateTimeFormatter withStyle(DateTimeStyle newStyle) {
            return new Formatter(forUser, defaultZone, newStyle);
        }

        @Override
        public DateTimeFormatter withDefaultZone() {
            return new Formatter(forUser, true, style);
        }

        @Override
        public String format(Date date) {
            String pattern = PATTERNS.get(style);
            if (pattern == null) {
                throw new UnsupportedOperationException("The double formats only DATE and COMPLETE, not " + style);
            }
            ZoneId zone = (forUser && !defaultZone ? authentication.getUserTimeZone() : authentication.getDefaultTimeZone()).toZoneId();
            Locale locale = forUser ? authentication.getLocale() : Locale.ENGLISH;
            return new DateTimeFormatterBuilder().appendPattern(pattern).toFormatter(locale).withZone(zone).format(date.toInstant());
        }
    }
}
