package dev.postmortems.jira.jira;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import dev.postmortems.jira.service.team.CurrentUser;

import java.util.Optional;

/** The logged-in Jira user's username. */
public final class JiraCurrentUser implements CurrentUser {
    private final JiraAuthenticationContext authenticationContext;

    public JiraCurrentUser(JiraAuthenticationContext authenticationContext) {
        this.authenticationContext = authenticationContext;
    }

    @Override
    public Optional<String> username() {
        return Optional.ofNullable(authenticationContext.getLoggedInUser()).map(ApplicationUser::getUsername);
    }
}
