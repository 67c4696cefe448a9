package dev.postmortems.jira.jira;

import org.junit.Test;

import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.TimeZone;

import static org.junit.Assert.assertEquals;

public class JiraIssueCreatorTest {
    @Test
    public void givenJirasTwoDigitYearFormat_thenTheDueDateIsSentWithFourDigits() throws Exception {
        String text = JiraIssueCreator.datePickerText(LocalDate.parse("2047-06-30"), "d/MMM/yy", Locale.ENGLISH);

        assertEquals("30/Jun/2047", text);
        assertEquals(LocalDate.parse("2047-06-30"), readAsJiraDoes(text, "d/MMM/yy"));
    }

    @Test
    public void givenOtherFormats_thenOnlyTheYearIsWidened() {
        assertEquals("2047-06-30", JiraIssueCreator.datePickerText(LocalDate.parse("2047-06-30"), "yyyy-MM-dd", Locale.ENGLISH));
        assertEquals("30.06.2047", JiraIssueCreator.datePickerText(LocalDate.parse("2047-06-30"), "dd.MM.yy", Locale.GERMAN));
        assertEquals("30/juin/2047", JiraIssueCreator.datePickerText(LocalDate.parse("2047-06-30"), "d/MMM/y", Locale.FRENCH)
                .replace(".", ""));
    }

    /** Jira's date-picker fields parse with the format's own pattern, as {@link SimpleDateFormat} does. */
    private static LocalDate readAsJiraDoes(String text, String pattern) throws Exception {
        SimpleDateFormat format = new SimpleDateFormat(pattern, Locale.ENGLISH);
        format.setTimeZone(TimeZone.getTimeZone(ZoneOffset.UTC));
        return format.parse(text).toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    }
}
