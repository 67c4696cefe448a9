package com.atlassian.sal.api.message;

import java.io.Serializable;

/** Stand-in (compile only). Evidence: SAL 2.10 sources; getText called by an 11.3.1 app. */
public interface I18nResolver {
    /** In the current user's language; arguments fill {0}, {1}… as java.text.MessageFormat does. */
    String getText(String key, Serializable... arguments);
}
