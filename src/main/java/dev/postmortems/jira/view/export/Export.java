package dev.postmortems.jira.view.export;

/** A write-up ready to send: its text, its media type, and the file name it is saved under. */
public record Export(String text, String mediaType, String fileName) {
}
