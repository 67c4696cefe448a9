package dev.postmortems.jira.domain.team;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A meeting as a person asks for it: a day and a time read in their time zone, a length in minutes (60 unless
 * given), a place or a link. Bounded and checked before anything is saved.
 *
 * @param date     ISO day, {@code 2026-12-04}
 * @param time     24-hour time, {@code 14:30}
 * @param sequence the version of the meeting the person saw: null or absent for none yet
 */
public record MeetingInput(String date, String time, Integer minutes, String place, Integer sequence) {
    public static final int DEFAULT_MINUTES = 60;
    public static final int MIN_MINUTES = 15;
    public static final int MAX_MINUTES = 480;
    public static final int MAX_PLACE = 500;
    /** Further than this from today is not a meeting about a recent incident. */
    public static final int MAX_YEARS_AWAY = 1;

    /** A problem with one field, as a message code. */
    public record Problem(String field, String code) {
    }

    public int length() {
        return minutes == null ? DEFAULT_MINUTES : minutes;
    }

    public String placeText() {
        return place == null ? "" : place.strip();
    }

    /** The start, read in the person's zone; empty when the day or time is missing or unreadable. */
    public Optional<Instant> startsAt(ZoneId zone) {
        try {
            return Optional.of(ZonedDateTime.of(LocalDate.parse(date.strip()), LocalTime.parse(time.strip()), zone).toInstant());
        } catch (DateTimeException | NullPointerException unreadable) {
            return Optional.empty();
        }
    }

    /** Every problem at once, so the form can show them all. */
    public List<Problem> problems(ZoneId zone, Instant now) {
        List<Problem> problems = new ArrayList<>();
        if (date == null || date.isBlank()) {
            problems.add(new Problem("date", "date-required"));
        } else if (time == null || time.isBlank()) {
            problems.add(new Problem("time", "time-required"));
        } else {
            Optional<Instant> start = startsAt(zone);
            if (start.isEmpty()) {
                problems.add(new Problem(readable(date) ? "time" : "date", "unreadable"));
            } else if (start.get().isBefore(ZonedDateTime.ofInstant(now, zone).minusYears(MAX_YEARS_AWAY).toInstant())
                    || start.get().isAfter(ZonedDateTime.ofInstant(now, zone).plusYears(MAX_YEARS_AWAY).toInstant())) {
                problems.add(new Problem("date", "out-of-range"));
            }
        }
        if (length() < MIN_MINUTES || length() > MAX_MINUTES) {
            problems.add(new Problem("minutes", "minutes-out-of-range"));
        }
        if (placeText().length() > MAX_PLACE) {
            problems.add(new Problem("place", "place-too-long"));
        }
        return problems;
    }

    private static boolean readable(String day) {
        try {
            LocalDate.parse(day.strip());
            return true;
        } catch (DateTimeParseException unreadable) {
            return false;
        }
    }
}
