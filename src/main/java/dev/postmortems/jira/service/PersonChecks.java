package dev.postmortems.jira.service;

import java.util.List;
import java.util.Optional;

/**
 * Whether a person named in a form may take the role asked of them — owner of an action or a review, facilitator,
 * participant — with one message for each refusal wherever a person is chosen: an unknown username, or a known
 * person (named by display name) who may not be assigned issues in, or may not see, the project.
 */
public final class PersonChecks {
    static final String UNKNOWN = "postmortems.person.error.unknown";
    static final String NOT_ASSIGNABLE = "postmortems.person.error.not-assignable";
    static final String CANNOT_SEE = "postmortems.person.error.cannot-see";

    private final Projects projects;

    public PersonChecks(Projects projects) {
        this.projects = projects;
    }

    /** The refusal for someone who is to own work in the project (be its assignee), if they cannot. */
    public Optional<FieldError> toOwn(String field, String username, TargetProject project) {
        return check(field, username, project, NOT_ASSIGNABLE, projects::isAssignable);
    }

    /** The refusal for someone who is to take part in a postmortem of the project (see it), if they cannot. */
    public Optional<FieldError> toTakePart(String field, String username, TargetProject project) {
        return check(field, username, project, CANNOT_SEE, projects::canBrowse);
    }

    /** The refusal for someone who is to write as themselves (the reminders' author), if there is no such user. */
    public Optional<FieldError> toWrite(String field, String username) {
        String name = username.strip();
        return projects.person(name).isPresent() ? Optional.empty() : Optional.of(new FieldError(field, UNKNOWN, List.of(name)));
    }

    private Optional<FieldError> check(String field, String username, TargetProject project, String refusal,
                                       java.util.function.BiPredicate<String, TargetProject> may) {
        String name = username.strip();
        Optional<Person> person = projects.person(name);
        if (person.isEmpty()) {
            return Optional.of(new FieldError(field, UNKNOWN, List.of(name)));
        }
        if (!may.test(name, project)) {
            return Optional.of(new FieldError(field, refusal, List.of(person.get().displayName(), project.key())));
        }
        return Optional.empty();
    }
}
