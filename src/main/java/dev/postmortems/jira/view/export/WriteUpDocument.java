package dev.postmortems.jira.view.export;

import dev.postmortems.jira.service.Messages;
import dev.postmortems.jira.service.WikiMarkup;
import dev.postmortems.jira.view.action.ActionView;
import dev.postmortems.jira.view.lessons.LessonView;
import dev.postmortems.jira.view.review.ReviewTicketView;
import dev.postmortems.jira.view.team.IssueLinkView;
import dev.postmortems.jira.view.timeline.TimelineMeasure;
import dev.postmortems.jira.view.timeline.TimelineRow;
import dev.postmortems.jira.view.whys.ActionTicketView;
import dev.postmortems.jira.view.whys.WhyChainView;
import dev.postmortems.jira.view.whys.WhyStepView;

import java.util.ArrayList;
import java.util.List;

/**
 * The write-up's sections in order — summary, timeline, 5 Whys, lessons, actions, review — laid out once; each
 * format says how a heading, a paragraph, a table or a list is written and how text is escaped in it, so text the
 * team wrote stays text in every format.
 */
public abstract class WriteUpDocument {

    private final Messages messages;
    private final StringBuilder out = new StringBuilder();

    protected WriteUpDocument(Messages messages) {
        this.messages = messages;
    }

    /** A heading of that level (1 for the title); {@code text} is plain text. */
    protected abstract String heading(int level, String text);

    /** A paragraph of plain text, its line breaks kept. */
    protected abstract String paragraph(String text);

    /** An emphasised note of plain text. */
    protected abstract String note(String text);

    /** A table of plain-text cells; a cell may span several lines. */
    protected abstract String table(List<String> headers, List<List<String>> rows);

    /** A numbered list of items already written in this format. */
    protected abstract String numbered(List<String> items);

    /** A bulleted list of items already written in this format. */
    protected abstract String bulleted(List<String> items);

    /** Plain text as it stands inside a line of this format. */
    protected abstract String inline(String text);

    /** Plain text in bold, inside a line. */
    protected abstract String strong(String text);

    /** A link inside a line: plain text to an address the app made (a Jira issue's). */
    protected abstract String link(String text, String url);

    public final String write(WriteUp writeUp) {
        out.setLength(0);
        add(heading(1, writeUp.key() + ": " + writeUp.summary()));
        incidents(writeUp.incidents());
        timeline(writeUp);
        whys(writeUp.chains());
        lessons(writeUp.lessons());
        actions(writeUp.actions());
        review(writeUp.review(), writeUp.decided());
        return out.toString();
    }

    /** The incidents the postmortem analyses, linked; one the reader may not see is left out, like Jira's links. */
    private void incidents(List<IssueLinkView> incidents) {
        List<String> shown = incidents.stream().filter(incident -> !incident.restricted())
                .map(incident -> link(incident.key() + " " + incident.summary(), incident.url())).toList();
        if (!shown.isEmpty()) {
            add(text(shown.size() == 1 ? "postmortems.export.incident" : "postmortems.export.incidents", String.join(", ", shown)));
        }
    }

    private void timeline(WriteUp writeUp) {
        add(heading(2, text("postmortems.export.timeline")));
        List<TimelineRow> entries = writeUp.timeline().entries();
        if (entries.isEmpty()) {
            add(note(text("postmortems.export.timeline.empty")));
            return;
        }
        add(paragraph(text("postmortems.export.timeline.zone", writeUp.timeline().timeZone())));
        List<List<String>> rows = new ArrayList<>();
        for (TimelineRow entry : entries) {
            rows.add(List.of(entry.occurredAtLocal().replace('T', ' '), entry.text(), entry.tagLabel()));
        }
        add(table(List.of(text("postmortems.export.timeline.when"), text("postmortems.export.timeline.what"),
                text("postmortems.export.timeline.moment")), rows));
        List<String> measures = new ArrayList<>();
        for (TimelineMeasure measure : writeUp.timeline().measures()) {
            measures.add(inline(measure.label() + ": " + measure.value()));
        }
        if (!measures.isEmpty()) {
            add(bulleted(measures));
        }
    }

    private void whys(List<WhyChainView> chains) {
        add(heading(2, text("postmortems.export.whys")));
        if (chains.isEmpty()) {
            add(note(text("postmortems.export.whys.empty")));
        }
        for (WhyChainView chain : chains) {
            add(heading(3, chain.problem()));
            List<String> steps = new ArrayList<>();
            for (WhyStepView step : chain.steps()) {
                boolean root = chain.rootCauseMarked() && step.number() == chain.steps().size();
                steps.add(strong(step.question()) + " " + inline(step.answer())
                        + (root ? " " + strong("(" + text("postmortems.whys.root-cause") + ")") : ""));
            }
            if (!steps.isEmpty()) {
                add(numbered(steps)); // a cause asked no why yet has no list, not an empty line
            }
            List<String> addressed = new ArrayList<>();
            for (ActionTicketView action : chain.actions()) {
                addressed.add(action.key() + " (" + action.kindLabel() + ")");
            }
            add(paragraph(chain.statusLabel() + (addressed.isEmpty() ? ""
                    : ". " + text("postmortems.export.whys.addressed-by", String.join(", ", addressed)))));
        }
    }

    private void lessons(List<LessonView> lessons) {
        add(heading(2, text("postmortems.export.lessons")));
        for (LessonView lesson : lessons) {
            add(heading(3, lesson.question()));
            add(lesson.answer().isEmpty() ? note(text("postmortems.lessons.unanswered")) : paragraph(lesson.answer()));
        }
    }

    private void actions(List<ActionView> actions) {
        add(heading(2, text("postmortems.export.actions")));
        if (actions.isEmpty()) {
            add(note(text("postmortems.export.actions.empty")));
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (ActionView action : actions) {
            rows.add(List.of(action.key(), action.restricted() ? text("postmortems.export.restricted") : action.summary(),
                    action.kindLabel(), action.dueText(), action.status(), action.verdictLabel()));
        }
        add(table(List.of(text("postmortems.export.actions.ticket"), text("postmortems.export.actions.action"),
                text("postmortems.export.actions.kind"), text("postmortems.export.actions.due"),
                text("postmortems.export.actions.status"), text("postmortems.verdict.column.verdict")), rows));
    }

    private void review(ReviewTicketView review, String decided) {
        add(heading(2, text("postmortems.export.review")));
        if (review == null) {
            add(note(text("postmortems.export.review.none")));
        } else if (!review.visible()) {
            add(paragraph(review.key() + ": " + text("postmortems.export.restricted")));
        } else {
            add(paragraph(text("postmortems.export.review.ticket", review.key(), review.summary(), review.dueText(), review.status())));
            if (!decided.isEmpty()) {
                add(paragraph(decided));
            }
        }
    }

    /**
     * Text that must stay on one line (a heading, a list item, a table cell's line), so that no line of the
     * team's text can start a block.
     */
    protected static String oneLine(String text) {
        return WikiMarkup.oneLine(text);
    }

    private String text(String key, Object... arguments) {
        return messages.text(key, arguments);
    }

    private void add(String block) {
        out.append(block).append("\n\n");
    }
}
