package dev.postmortems.jira.domain.blameless;

/** Who the check may recognise: the Jira users who can see the postmortem's project. */
public interface People {
    /** Whether a user who can see the project has exactly this full name (letter case aside). */
    boolean isFullNameOfSomeone(String fullName);

    /** Whether a user who can see the project has this username. */
    boolean isUsernameOfSomeone(String username);

    /** Nobody: for text checked without a project, such as in tests of phrases alone. */
    People NOBODY = new People() {
        @Override
        public boolean isFullNameOfSomeone(String fullName) {
            return false;
        }

        @Override
        public boolean isUsernameOfSomeone(String username) {
            return false;
        }
    };
}
