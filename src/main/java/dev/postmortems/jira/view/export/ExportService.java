package dev.postmortems.jira.view.export;

import dev.postmortems.jira.service.FieldError;
import dev.postmortems.jira.service.InvalidInputException;
import dev.postmortems.jira.service.Messages;

import java.util.List;

/** Exports a postmortem's write-up in the format asked for. */
public final class ExportService {
    private final WriteUpService writeUps;
    private final Messages messages;

    public ExportService(WriteUpService writeUps, Messages messages) {
        this.writeUps = writeUps;
        this.messages = messages;
    }

    /** @param formatKey {@code markdown} or {@code confluence} */
    public Export export(String issueKey, String formatKey) {
        ExportFormat format = ExportFormat.fromKey(formatKey == null ? "" : formatKey).orElseThrow(() -> new InvalidInputException(
                List.of(new FieldError("format", "postmortems.export.error.format"))));
        WriteUp writeUp = writeUps.writeUp(issueKey);
        WriteUpDocument document = switch (format) {
            case MARKDOWN -> new MarkdownWriteUp(messages);
            case CONFLUENCE -> new ConfluenceWriteUp(messages);
        };
        return new Export(document.write(writeUp), format.mediaType(), writeUp.key() + "-postmortem." + format.fileExtension());
    }
}
