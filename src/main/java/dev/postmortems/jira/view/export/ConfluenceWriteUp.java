package dev.postmortems.jira.view.export;

import dev.postmortems.jira.service.Messages;
import dev.postmortems.jira.service.WikiMarkup;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The write-up in Confluence wiki markup. Text is escaped so it stays text: every character wiki markup gives a
 * meaning (formatting, links, macros, tables, lists, emoticons) gets a backslash, and a line that would start a
 * heading or a quote is neutralised.
 */
public final class ConfluenceWriteUp extends WriteUpDocument {
    private static final Pattern BLOCK_START = Pattern.compile("^(h[1-6]|bq)\\.", Pattern.CASE_INSENSITIVE);

    public ConfluenceWriteUp(Messages messages) {
        super(messages);
    }

    @Override
    protected String heading(int level, String text) {
        return "h" + level + ". " + inline(text);
    }

    @Override
    protected String paragraph(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.strip().split("\\R")) {
            lines.add(line(line));
        }
        return String.join("\n", lines);
    }

    @Override
    protected String note(String text) {
        return "_" + inline(text) + "_";
    }

    @Override
    protected String table(List<String> headers, List<List<String>> rows) {
        StringBuilder table = new StringBuilder("||");
        for (String header : headers) {
            table.append(inline(header)).append("||");
        }
        for (List<String> row : rows) {
            table.append("\n|");
            for (String cell : row) {
                List<String> lines = new ArrayList<>();
                for (String line : cell.strip().split("\\R")) {
                    lines.add(inline(line.strip()));
                }
                // An empty cell needs a space; a line break inside a cell is wiki markup's forced break.
                String written = String.join(" \\\\ ", lines);
                table.append(written.isEmpty() ? " " : written).append('|');
            }
        }
        return table.toString();
    }

    @Override
    protected String numbered(List<String> items) {
        return String.join("\n", items.stream().map(item -> "# " + item).toList());
    }

    @Override
    protected String bulleted(List<String> items) {
        return String.join("\n", items.stream().map(item -> "* " + item).toList());
    }

    @Override
    protected String inline(String text) {
        return WikiMarkup.text(text);
    }

    @Override
    protected String link(String text, String url) {
        return "[" + inline(text) + "|" + url.replace("|", "%7C").replace("]", "%5D") + "]";
    }

    @Override
    protected String strong(String text) {
        return "*" + inline(text.strip()) + "*"; // emphasis may not start or end with a space
    }

    private String line(String text) {
        String line = inline(text.strip());
        return BLOCK_START.matcher(line).find() ? line.replaceFirst("\\.", "\\\\.") : line;
    }
}
