package dev.postmortems.jira.view.lessons;

import dev.postmortems.jira.domain.lessons.LessonQuestion;
import dev.postmortems.jira.service.Messages;
import dev.postmortems.jira.service.lessons.PostmortemLessons;
import dev.postmortems.jira.service.snapshot.PostmortemSnapshot;
import dev.postmortems.jira.service.blameless.BlamelessMarker;
import dev.postmortems.jira.service.blameless.BlamelessService;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Turns the answers into what a person sees: each question in their language, words that point at people marked. */
public final class LessonsPresenter {
    private final Messages messages;
    private final BlamelessService blameless;
    private final BlamelessMarker marker;

    public LessonsPresenter(Messages messages, BlamelessService blameless, BlamelessMarker marker) {
        this.messages = messages;
        this.blameless = blameless;
        this.marker = marker;
    }

    public LessonsView present(PostmortemSnapshot snapshot) {
        return present(new PostmortemLessons(snapshot.postmortem(), snapshot.lessons()));
    }

    /** The answers as saved, e.g. right after a save. */
    public LessonsView present(PostmortemLessons lessons) {
        BlamelessService.Checker checker = blameless.forPostmortem(lessons.postmortem().id());
        AtomicInteger findings = new AtomicInteger();
        List<LessonView> questions = Arrays.stream(LessonQuestion.values()).map(question -> {
            String answer = lessons.lessons().answer(question);
            return new LessonView(question.key(), messages.text("postmortems.lessons.question." + question.key()),
                    messages.text("postmortems.lessons.hint." + question.key()), answer,
                    answer.isEmpty() ? List.of() : marker.marked(answer, checker, findings));
        }).toList();
        return new LessonsView(lessons.postmortem().key(), lessons.postmortem().editable(), lessons.lessons().revision(),
                messages.text("postmortems.lessons.summary", lessons.lessons().answered(), LessonQuestion.values().length),
                questions, findings.get() > 0);
    }
}
