package dev.postmortems.jira.service;

/** The postmortem, or the item asked for in it, does not exist for this user: answered as 404. */
public final class PostmortemNotFoundException extends RuntimeException {
    private final String messageKey;

    public PostmortemNotFoundException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
