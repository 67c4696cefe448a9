package dev.postmortems.jira.view.export;

import dev.postmortems.jira.service.Messages;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The write-up in Markdown (CommonMark with GitHub's tables). Text is escaped so it stays text: HTML's three
 * special characters become entities, Markdown's inline punctuation gets a backslash, and what would start a
 * heading, list, quote or code block at the start of a line is neutralised.
 */
public final class MarkdownWriteUp extends WriteUpDocument {
    private static final Pattern INLINE_SPECIAL = Pattern.compile("([\\\\`*_\\[\\]|~])");
    private static final Pattern LINE_START = Pattern.compile("^([#+\\-=])");
    private static final Pattern ORDERED_START = Pattern.compile("^(\\d+)([.)])");

    public MarkdownWriteUp(Messages messages) {
        super(messages);
    }

    @Override
    protected String heading(int level, String text) {
        // Inside a heading a '#' could close it: escaped there too.
        return "#".repeat(level) + " " + inline(text).replace("#", "\\#");
    }

    @Override
    protected String paragraph(String text) {
        List<String> paragraphs = new ArrayList<>();
        for (String paragraph : text.strip().split("\\R\\s*\\R")) {
            List<String> lines = new ArrayList<>();
            for (String line : paragraph.strip().split("\\R")) {
                lines.add(line(line));
            }
            // A backslash at the end of a line is CommonMark's hard line break: the team's line breaks stay.
            paragraphs.add(String.join("\\\n", lines));
        }
        return String.join("\n\n", paragraphs);
    }

    @Override
    protected String note(String text) {
        return "_" + inline(text) + "_";
    }

    @Override
    protected String table(List<String> headers, List<List<String>> rows) {
        StringBuilder table = new StringBuilder(row(headers)).append('\n');
        table.append("|").append("---|".repeat(headers.size()));
        for (List<String> row : rows) {
            table.append('\n').append(row(row));
        }
        return table.toString();
    }

    @Override
    protected String numbered(List<String> items) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            lines.add((i + 1) + ". " + items.get(i));
        }
        return String.join("\n", lines);
    }

    @Override
    protected String bulleted(List<String> items) {
        return String.join("\n", items.stream().map(item -> "- " + item).toList());
    }

    @Override
    protected String inline(String text) {
        String html = oneLine(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return INLINE_SPECIAL.matcher(html).replaceAll("\\\\$1");
    }

    @Override
    protected String link(String text, String url) {
        return "[" + inline(text) + "](<" + url.replace(">", "%3E") + ">)";
    }

    @Override
    protected String strong(String text) {
        return "**" + inline(text.strip()) + "**"; // emphasis may not start or end with a space
    }

    /** One line of a paragraph: inline text that cannot start a block (leading spaces would make code). */
    private String line(String text) {
        String line = inline(text.strip());
        Matcher ordered = ORDERED_START.matcher(line);
        if (ordered.find()) {
            return ordered.group(1) + "\\" + ordered.group(2) + line.substring(ordered.end());
        }
        return LINE_START.matcher(line).replaceFirst("\\\\$1");
    }

    private String row(List<String> cells) {
        List<String> written = new ArrayList<>();
        for (String cell : cells) {
            List<String> lines = new ArrayList<>();
            for (String line : cell.strip().split("\\R")) {
                lines.add(inline(line.strip()));
            }
            written.add(String.join("<br>", lines));
        }
        return "| " + String.join(" | ", written) + " |";
    }
}
