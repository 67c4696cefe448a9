package dev.postmortems.jira.jira;

import com.atlassian.jira.bc.user.search.UserSearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import dev.postmortems.jira.domain.blameless.People;
import dev.postmortems.jira.service.blameless.PeopleDirectory;

import java.util.HashMap;
import java.util.Map;

/**
 * The Jira users who may browse a postmortem, asked name by name (Jira's user search finds exact full names;
 * the app never lists every user). Answers are remembered for the one check they serve.
 */
public final class JiraPeopleDirectory implements PeopleDirectory {
    private final UserSearchService userSearchService;
    private final UserManager userManager;
    private final IssueManager issueManager;
    private final PermissionManager permissionManager;

    public JiraPeopleDirectory(UserSearchService userSearchService, UserManager userManager, IssueManager issueManager,
                               PermissionManager permissionManager) {
        this.userSearchService = userSearchService;
        this.userManager = userManager;
        this.issueManager = issueManager;
        this.permissionManager = permissionManager;
    }

    @Override
    public People whoCanSee(long issueId) {
        Issue issue = issueManager.getIssueObject(issueId);
        if (issue == null) {
            return People.NOBODY;
        }
        return new People() {
            private final Map<String, Boolean> fullNames = new HashMap<>();
            private final Map<String, Boolean> usernames = new HashMap<>();

            @Override
            public boolean isFullNameOfSomeone(String fullName) {
                return fullNames.computeIfAbsent(fullName, name -> {
                    for (String key : userSearchService.findUserKeysByFullName(name)) {
                        if (canSee(userManager.getUserByKey(key))) {
                            return true;
                        }
                    }
                    return false;
                });
            }

            @Override
            public boolean isUsernameOfSomeone(String username) {
                return usernames.computeIfAbsent(username, name -> canSee(userManager.getUserByName(name)));
            }

            private boolean canSee(ApplicationUser user) {
                return user != null && permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, user);
            }
        };
    }
}
