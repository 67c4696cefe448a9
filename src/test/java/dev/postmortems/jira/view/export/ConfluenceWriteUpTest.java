package dev.postmortems.jira.view.export;

import org.junit.Test;

import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** Text the team wrote, as the Confluence wiki write-up writes it: every character wiki markup gives a meaning is escaped. */
public class ConfluenceWriteUpTest {
    private final ConfluenceWriteUp confluence = new ConfluenceWriteUp((key, arguments) -> key);

    @Test
    public void markupCharactersAreEscapedWithABackslash() {
        assertEquals("\\{code\\}x\\{code\\} \\[link\\|http\\://x\\] \\*b\\* \\_i\\_ \\-s\\- \\+u\\+ \\^sup\\^ \\~sub\\~ \\?\\? "
                        + "\\!img.png\\! \\# item \\:\\) \\(y\\) \\\\ back",
                confluence.inline("{code}x{code} [link|http://x] *b* _i_ -s- +u+ ^sup^ ~sub~ ?? !img.png! # item :) (y) \\ back"));
        assertEquals("<script>alert\\(1\\)</script>", confluence.inline("<script>alert(1)</script>"));
    }

    @Test
    public void aLineThatWouldStartAHeadingOrAQuoteDoesNot() {
        assertEquals("h1\\. not a heading\nbq\\. not a quote\nH3\\. nor this\n\\* not a bullet\n\\#\\# not a list\n\\-\\-\\-\\- not a rule",
                confluence.paragraph("h1. not a heading\nbq. not a quote\n  H3. nor this\n* not a bullet\n## not a list\n---- not a rule"));
    }

    @Test
    public void tableCellsKeepTheirLinesAndNeverSplitTheRow() {
        assertEquals("||When||What \\| why||\n|10\\:12|first line \\\\ second \\| line|\n| |x|",
                confluence.table(List.of("When", "What | why"), List.of(List.of("10:12", "first line\nsecond | line"), List.of("", "x"))));
    }

    @Test
    public void headingsAndListsAreWikiMarkupAroundEscapedText() {
        assertEquals("h3. Cause \\#1 \\{panel\\}", confluence.heading(3, "Cause #1 {panel}"));
        assertEquals("# *Why\\?* Because.\n# *Then\\?* So.", confluence.numbered(List.of(
                confluence.strong("Why?") + " " + confluence.inline("Because."), confluence.strong(" Then? ") + " " + confluence.inline("So."))));
    }

    /** A why's answer or a cause written over several lines stays on its list item's or heading's line. */
    @Test
    public void lineBreaksInsideAListItemOrHeadingStartNoNewLine() {
        String item = confluence.inline("Disk full\n# Injected\nh1. Injected\r\nbq. quoted\rx");
        String heading = confluence.heading(3, "Cause\rh1. Injected");

        assertEquals("Disk full \\# Injected h1. Injected bq. quoted x", item);
        assertEquals("h3. Cause h1. Injected", heading);
        assertTrue(item.indexOf('\n') < 0 && item.indexOf('\r') < 0);
    }
}
