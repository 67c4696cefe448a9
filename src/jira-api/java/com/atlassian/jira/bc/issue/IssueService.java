package com.atlassian.jira.bc.issue;

import com.atlassian.jira.bc.ServiceResultImpl;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.ErrorCollection;

/**
 * Stand-in (compile only). The interface's members confirmed by a complete 8.8.1
 * implementation; the nested result classes (binary names IssueService$…) by 6.3 source and 7.x javadoc. The
 * constructors are Jira's own (@Internal); the app never calls them, the Jira double does.
 */
public interface IssueService {
    CreateValidationResult validateCreate(ApplicationUser user, IssueInputParameters issueInputParameters);

    IssueResult create(ApplicationUser user, CreateValidationResult createValidationResult);

    IssueInputParameters newIssueInputParameters();

    /** Confirmed by an 8.8.1 implementation and 8.8.1 calls. */
    UpdateValidationResult validateUpdate(ApplicationUser user, Long issueId, IssueInputParameters issueInputParameters);

    /** Confirmed by an 8.8.1 implementation and 8.8.1 calls. */
    IssueResult update(ApplicationUser user, UpdateValidationResult updateValidationResult);

    abstract class IssueValidationResult extends ServiceResultImpl {
        private final MutableIssue issue;

        public IssueValidationResult(MutableIssue issue, ErrorCollection errors) {
            super(errors);
            this.issue = issue;
        }

        public MutableIssue getIssue() {
            return issue;
        }
    }

    class CreateValidationResult extends IssueValidationResult {
        public CreateValidationResult(MutableIssue issue, ErrorCollection errors) {
            super(issue, errors);
        }
    }

    /** Evidence: 7.x javadoc. Jira's constructor takes a field-values map too; only the double constructs it. */
    class UpdateValidationResult extends IssueValidationResult {
        public UpdateValidationResult(MutableIssue issue, ErrorCollection errors) {
            super(issue, errors);
        }
    }

    class IssueResult extends IssueValidationResult {
        public IssueResult(MutableIssue issue, ErrorCollection errors) {
            super(issue, errors);
        }
    }
}
