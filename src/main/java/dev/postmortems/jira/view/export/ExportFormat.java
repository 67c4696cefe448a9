package dev.postmortems.jira.view.export;

import java.util.Arrays;
import java.util.Optional;

/** The formats a postmortem's write-up is exported in, by the name REST and the operations use. */
public enum ExportFormat {
    MARKDOWN("markdown", "md", "text/markdown"),
    CONFLUENCE("confluence", "txt", "text/plain");

    private final String key;
    private final String fileExtension;
    private final String mediaType;

    ExportFormat(String key, String fileExtension, String mediaType) {
        this.key = key;
        this.fileExtension = fileExtension;
        this.mediaType = mediaType;
    }

    public String key() {
        return key;
    }

    public String fileExtension() {
        return fileExtension;
    }

    public String mediaType() {
        return mediaType;
    }

    public static Optional<ExportFormat> fromKey(String key) {
        return Arrays.stream(values()).filter(format -> format.key.equals(key)).findFirst();
    }
}
