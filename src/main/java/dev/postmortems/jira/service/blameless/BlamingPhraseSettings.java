package dev.postmortems.jira.service.blameless;

import java.util.List;

/** Port: the blaming phrases Jira admins added to the default list. */
public interface BlamingPhraseSettings {
    List<String> extraPhrases();

    void saveExtraPhrases(List<String> phrases);
}
