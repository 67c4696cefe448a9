package dev.postmortems.jira.domain.timeline;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the timestamp at the start of a line, in the forms people paste from chat exports and incident tools:
 * ISO-8601 ({@code 2026-11-20T10:53:00Z}, {@code 2026-11-20T10:53+01:00}), a date and time with an optional zone
 * ({@code 2026-11-20 10:53 UTC}, {@code 2026-11-20 10:53 Europe/Berlin}), or a time alone ({@code 10:53},
 * {@code [10:53:07]}). What carries no date or zone takes the ones given.
 */
final class Timestamps {
    private static final Pattern LEADING = Pattern.compile(
            "^\\s*[\\[(]?\\s*(?:(?<date>\\d{4}-\\d{2}-\\d{2})(?:T|\\s+))?"
                    + "(?<time>\\d{1,2}:\\d{2}(?::\\d{2}(?:[.,]\\d{1,9})?)?)"
                    + "(?<zone>Z(?![A-Za-z])|\\s*[+-]\\d{2}(?::?\\d{2})?(?![\\d:]))?");
    private static final Pattern ZONE_WORD = Pattern.compile("^\\s+(?<word>[A-Za-z][A-Za-z0-9_+\\-]*(?:/[A-Za-z0-9_+\\-]+)*)");
    private static final Pattern AFTER = Pattern.compile("^\\s*[\\])]?(?:\\s*[-–—:|]\\s*|\\s+|$)");
    private static final Pattern STARTS_WITH_DATE = Pattern.compile("^\\s*\\d{4}-\\d{2}-\\d{2}");
    private static final int MIN_YEAR = 1970;
    private static final int MAX_YEAR = 9999;

    /** A timestamp found at the start of a line, and where the rest of the line begins. */
    record Leading(Optional<Instant> instant, Optional<TimelineProblem> problem, String rest) {
    }

    private Timestamps() {
    }

    /** Empty if the line does not start with a timestamp. */
    static Optional<Leading> leading(String line, LocalDate defaultDate, ZoneId defaultZone) {
        Matcher matcher = LEADING.matcher(line);
        if (!matcher.find()) {
            return Optional.empty();
        }
        int end = matcher.end();
        String zoneText = matcher.group("zone");
        if (zoneText == null) {
            Matcher word = ZONE_WORD.matcher(line.substring(end));
            if (word.find() && zone(word.group("word")).isPresent()) {
                zoneText = word.group("word");
                end += word.end();
            }
        }
        Matcher after = AFTER.matcher(line.substring(end));
        if (!after.find()) {
            return Optional.empty(); // "10:53abc" is not a timestamp followed by text
        }
        String rest = line.substring(end + after.end());
        try {
            LocalDate date = matcher.group("date") == null ? defaultDate : LocalDate.parse(matcher.group("date"));
            LocalTime time = LocalTime.parse(pad(matcher.group("time").replace(',', '.')));
            // An offset beyond ±18:00 ("+25:00") names no zone: the time is invalid, not the request.
            ZoneId zone = zoneText == null ? defaultZone : zone(zoneText.trim())
                    .orElseThrow(() -> new DateTimeException("an offset no zone has"));
            // A local time that a daylight-saving change skips moves forward, as clocks do.
            Instant instant = ZonedDateTime.of(LocalDateTime.of(date, time), zone).toInstant();
            return Optional.of(inRange(instant)
                    ? new Leading(Optional.of(instant), Optional.empty(), rest)
                    : new Leading(Optional.empty(), Optional.of(TimelineProblem.TIME_OUT_OF_RANGE), rest));
        } catch (DateTimeException e) {
            return Optional.of(new Leading(Optional.empty(), Optional.of(TimelineProblem.TIME_INVALID), rest));
        }
    }

    /** A whole field that must be exactly one timestamp, such as a REST request's {@code occurredAt}. */
    static Leading whole(String text, ZoneId defaultZone) {
        try {
            Instant instant = Instant.parse(text.trim());
            return inRange(instant)
                    ? new Leading(Optional.of(instant), Optional.empty(), "")
                    : new Leading(Optional.empty(), Optional.of(TimelineProblem.TIME_OUT_OF_RANGE), "");
        } catch (DateTimeException notAnInstant) {
            // Other forms (offsets, local times, zone names) are read like the start of a pasted line.
        }
        Leading invalid = new Leading(Optional.empty(), Optional.of(TimelineProblem.TIME_INVALID), "");
        if (!STARTS_WITH_DATE.matcher(text).find()) {
            return invalid; // a time without a date is ambiguous in a single field
        }
        return leading(text, LocalDate.EPOCH, defaultZone).filter(found -> found.rest().isBlank()).orElse(invalid);
    }

    static Optional<ZoneId> zone(String text) {
        try {
            String normalised = "Z".equals(text) || "UTC".equalsIgnoreCase(text) || "GMT".equalsIgnoreCase(text) ? "UTC" : text;
            return Optional.of(ZoneId.of(normalised, ZoneId.SHORT_IDS));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static boolean inRange(Instant instant) {
        int year = instant.atZone(ZoneId.of("UTC")).getYear();
        return year >= MIN_YEAR && year <= MAX_YEAR;
    }

    /** {@code LocalTime.parse} wants two-digit hours. */
    private static String pad(String time) {
        return time.indexOf(':') == 1 ? "0" + time : time;
    }
}
