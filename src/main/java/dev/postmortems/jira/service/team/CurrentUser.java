package dev.postmortems.jira.service.team;

import java.util.Optional;

/** Port: who is asking, by username; empty when nobody is logged in. */
public interface CurrentUser {
    Optional<String> username();
}
