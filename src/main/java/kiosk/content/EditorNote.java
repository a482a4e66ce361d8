package kiosk.content;

import java.util.Objects;

/**
 * An editor's note for one newsletter edition, from {@code content/newsletters/<date>.md}.
 *
 * @param title   the note's heading, such as 「編集部から」
 * @param subject the mail's subject instead of the default, or null
 * @param author  the slug of its author in authors.yaml, or null
 * @param body    the Markdown body, rendered and sanitised like an article's
 */
public record EditorNote(String title, String subject, String author, Body body) {

    public EditorNote {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
    }
}
