package dev.postmortems.jira.service;

/**
 * Someone else saved the item since this user loaded it: answered as 409 with the item as it is now, so the
 * user can compare and save again. Nothing was changed.
 */
public final class StaleEditException extends RuntimeException {
    private final transient Object current;

    public StaleEditException(Object current) {
        super("The item was changed by someone else");
        this.current = current;
    }

    public Object current() {
        return current;
    }
}
