package dev.postmortems.jira.view.export;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.Test;

import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * Text the team wrote, put through the Markdown write-up and rendered by a real CommonMark parser (with GitHub's
 * tables): it must come out as the same text, with no element it did not ask for.
 */
public class MarkdownWriteUpTest {
    private static final List<String> HOSTILE = List.of(
            "<script>alert(1)</script>", "<img src=x onerror=alert(2)>", "*not bold* _nor italic_ **nor strong**",
            "`not code`", "[a link](javascript:alert(3))", "![an image](http://x/y.png)", "a | b | c", "~~not struck~~",
            "back\\slash \\* and \\_", "&amp; &lt;entity&gt; &#x41;", "<http://autolink.example>", "# not a heading",
            "## nor this ##", "1. not a list", "2) nor this", "- not a bullet", "+ nor this", "> not a quote",
            "    not code either", "=== not a setext underline", "--- not a rule", "Cause #1 #");
    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().extensions(List.of(TablesExtension.create())).build();

    private final MarkdownWriteUp markdown = new MarkdownWriteUp((key, arguments) -> key);

    @Test
    public void aParagraphKeepsEveryLineAsTextAndAsALine() {
        String text = String.join("\n", HOSTILE);

        Element paragraph = render(markdown.paragraph(text)).selectFirst("body");

        assertEquals(List.of("p"), paragraph.children().stream().map(Element::tagName).distinct().toList());
        assertEquals(HOSTILE.stream().map(String::strip).toList(), List.of(text(paragraph.selectFirst("p")).split("\n")));
        assertEquals(HOSTILE.size() - 1, paragraph.select("br").size());
    }

    @Test
    public void blankLinesSeparateParagraphs() {
        Document page = render(markdown.paragraph("First thought.\n\nSecond thought,\nin two lines."));

        assertEquals(2, page.select("p").size());
        assertEquals("First thought.", page.select("p").get(0).wholeText());
        assertEquals("Second thought,\nin two lines.", text(page.select("p").get(1)));
    }

    @Test
    public void headingsTableCellsAndListItemsKeepTheirTextToo() {
        for (String text : HOSTILE) {
            Document heading = render(markdown.heading(3, text));
            assertEquals(text, text.strip(), heading.selectFirst("h3").wholeText());

            Document table = render(markdown.table(List.of("Head"), List.of(List.of(text + "\nsecond line"))));
            Element cell = table.selectFirst("td");
            assertEquals(text, text.strip() + "\nsecond line", text(cell));
            assertEquals(1, cell.select("br").size());

            Document list = render(markdown.numbered(List.of(markdown.strong(text) + " " + markdown.inline(text))));
            assertEquals(text, text.strip() + " " + text, list.selectFirst("ol > li").wholeText().replace("\n", ""));
            assertEquals(text.strip(), list.selectFirst("li > strong").wholeText());
        }
    }

    @Test
    public void nothingActiveIsEverRendered() {
        Document page = render(markdown.paragraph(String.join("\n", HOSTILE)) + "\n\n"
                + markdown.table(List.of("a"), HOSTILE.stream().map(List::of).toList()));

        assertTrue(page.select("script, img, a, code, pre, em, del, h1, h2, blockquote, hr, ol, ul").isEmpty());
    }

    /** A why's answer or a cause written over several lines stays inside its list item or heading. */
    @Test
    public void lineBreaksInsideAListItemOrHeadingStartNothing() {
        String answer = "Disk full\n# Injected\nh1. Injected\r> quoted\r\n- bullet\u2028## more";

        Document list = render(markdown.numbered(List.of(markdown.strong("Why?") + " " + markdown.inline(answer))));
        Document heading = render(markdown.heading(3, "Cause\r# Injected"));

        assertTrue(list.select("h1, h2, h3, blockquote, ul").isEmpty());
        assertEquals(1, list.select("ol > li").size());
        assertEquals(List.of("h3"), heading.select("body > *").stream().map(Element::tagName).toList());
        assertEquals("Cause # Injected", heading.selectFirst("h3").wholeText());
    }

    /** The element's text as a reader sees it: a line break where a {@code <br>} is, none where the source had one. */
    private static String text(Element element) {
        Element copy = element.clone();
        copy.select("br").forEach(br -> br.replaceWith(new org.jsoup.nodes.TextNode("\u2028")));
        return copy.wholeText().replace("\n", "").replace('\u2028', '\n');
    }

    private static Document render(String markdown) {
        return Jsoup.parse(HTML.render(PARSER.parse(markdown)));
    }
}
