package dev.postmortems.jira.store.testing;

import net.java.ao.atlassian.TablePrefix;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The table prefix Jira's Active Objects plugin gives this app: {@code AO_} plus the last six hex digits of the
 * MD5 of the {@code <ao namespace>}, upper case. Using the same rule here checks table names, and their
 * 30-character limit, exactly as Jira will.
 */
public final class AppTablePrefix implements TablePrefix {
    public static final String NAMESPACE = "dev.postmortems.jira";

    private final String prefix;

    public AppTablePrefix(String namespace) {
        this.prefix = "AO_" + lastSixHexDigitsOfMd5(namespace) + "_";
    }

    public static AppTablePrefix forApp() {
        return new AppTablePrefix(NAMESPACE);
    }

    @Override
    public String prepend(String tableName) {
        return prefix + tableName;
    }

    public String value() {
        return prefix;
    }

    private static String lastSixHexDigitsOfMd5(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
            String hex = HexFormat.of().formatHex(digest);
            return hex.substring(hex.length() - 6).toUpperCase(Locale.ROOT);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is part of every Java runtime", e);
        }
    }
}
