package dev.postmortems.jira.service.blameless;

import dev.postmortems.jira.domain.action.ActionProblem;
import dev.postmortems.jira.domain.blameless.BlamelessCheck;
import dev.postmortems.jira.domain.blameless.BlamelessFinding;
import dev.postmortems.jira.domain.blameless.BlamingPhrases;
import dev.postmortems.jira.domain.blameless.People;
import dev.postmortems.jira.service.WhoIsAsking;
import dev.postmortems.jira.service.ChangeNotAllowedException;
import dev.postmortems.jira.service.FieldError;
import dev.postmortems.jira.service.InvalidInputException;
import dev.postmortems.jira.service.PostmortemIssue;
import dev.postmortems.jira.service.PostmortemPermissions;

import java.util.List;

/** The blameless check with the admins' phrases, against the people who can see the postmortem. */
public final class BlamelessService {
    /** Bounds what admins can store: phrases are short, and each one is a pattern every check runs. */
    static final int MAX_PHRASES = 500;
    static final int MAX_PHRASE_LENGTH = 200;
    /** The longest text any field of the app takes (an action's description): more is not a text being written. */
    static final int MAX_TEXT_LENGTH = ActionProblem.MAX_DESCRIPTION_LENGTH;

    private final PeopleDirectory peopleDirectory;
    private final BlamingPhraseSettings phraseSettings;
    private final PostmortemPermissions permissions;
    private final WhoIsAsking adminCheck;

    public BlamelessService(PeopleDirectory peopleDirectory, BlamingPhraseSettings phraseSettings,
                            PostmortemPermissions permissions, WhoIsAsking adminCheck) {
        this.peopleDirectory = peopleDirectory;
        this.phraseSettings = phraseSettings;
        this.permissions = permissions;
        this.adminCheck = adminCheck;
    }

    /** Checks any text of a postmortem the user may read, such as an action being written. */
    public List<BlamelessFinding> check(String issueKey, String text) {
        PostmortemIssue postmortem = permissions.toRead(issueKey);
        if (text != null && text.length() > MAX_TEXT_LENGTH) {
            throw new InvalidInputException(List.of(new FieldError("text", "postmortems.blameless.error.text-too-long",
                    List.of(MAX_TEXT_LENGTH))));
        }
        return forPostmortem(postmortem.id()).check(text == null ? "" : text);
    }

    public List<String> extraPhrases() {
        requireAdmin();
        return phraseSettings.extraPhrases();
    }

    public void saveExtraPhrases(List<String> phrases) {
        requireAdmin();
        List<String> given = phrases == null ? List.of() : phrases.stream().filter(java.util.Objects::nonNull).toList();
        if (given.size() > MAX_PHRASES || given.stream().anyMatch(phrase -> phrase.strip().length() > MAX_PHRASE_LENGTH)) {
            throw new InvalidInputException(List.of(new FieldError("phrases", "postmortems.blameless.error.phrases-too-long",
                    List.of(MAX_PHRASES, MAX_PHRASE_LENGTH))));
        }
        phraseSettings.saveExtraPhrases(given);
    }

    private void requireAdmin() {
        if (!adminCheck.isAdmin()) {
            throw ChangeNotAllowedException.siteSettings();
        }
    }

    /** A checker for many texts of one postmortem: names are looked up once each. */
    public Checker forPostmortem(long issueId) {
        BlamelessCheck check = new BlamelessCheck(BlamingPhrases.withExtra(phraseSettings.extraPhrases()));
        People people = peopleDirectory.whoCanSee(issueId);
        return text -> check.check(text, people);
    }

    @FunctionalInterface
    public interface Checker {
        List<BlamelessFinding> check(String text);
    }
}
