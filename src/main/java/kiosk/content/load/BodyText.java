package kiosk.content.load;

import org.jsoup.parser.Parser;

/**
 * The plain text of a body {@link DirectBody} wrote, as jsoup's {@code Element.text()} gives it, without
 * building a document: the text between tags, decoded, with each run of whitespace made one space (but inside
 * {@code <pre>}), trimmed. The HTML is Kiosk's renderer's, so simple to read: every {@code <} opens a tag (text
 * and attribute values have theirs escaped), there are no comments, and every block element and line break
 * starts and ends on a line of its own, whose line feeds part the texts of neighbouring blocks as
 * {@code text()} would ({@code DirectBodyTest} holds the two to the same text).
 */
final class BodyText {

    private BodyText() {
    }

    static String of(String html) {
        StringBuilder text = new StringBuilder(html.length());
        int preformatted = 0;
        int at = 0;
        while (at < html.length()) {
            int open = html.indexOf('<', at);
            int textEnd = open < 0 ? html.length() : open;
            if (textEnd > at) {
                String chunk = html.substring(at, textEnd);
                chunk = chunk.indexOf('&') < 0 ? chunk : Parser.unescapeEntities(chunk, false);
                if (preformatted > 0) {
                    text.append(chunk);
                } else {
                    appendCollapsed(text, chunk);
                }
            }
            if (open < 0) {
                break;
            }
            if (html.startsWith("<pre", open)) {
                preformatted++;
            } else if (html.startsWith("</pre", open)) {
                preformatted--;
            }
            at = html.indexOf('>', open) + 1;
        }
        return text.toString().trim();
    }

    /** True when the text is empty or only spaces, tabs and line breaks (no-break spaces are not blank). */
    static boolean isBlank(String text) {
        return text.chars().allMatch(c -> c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r');
    }

    /**
     * Appends the chunk with each run of whitespace (no-break spaces too) made one space, none at its start
     * when the text already ends with one; zero-width spaces and soft hyphens are left out.
     */
    private static void appendCollapsed(StringBuilder text, String chunk) {
        boolean lastWasSpace = !text.isEmpty() && text.charAt(text.length() - 1) == ' ';
        for (int i = 0; i < chunk.length(); i++) {
            char c = chunk.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == '\u00A0') {
                if (!lastWasSpace) {
                    text.append(' ');
                    lastWasSpace = true;
                }
            } else if (c != '\u200B' && c != '\u00AD') {
                text.append(c);
                lastWasSpace = false;
            }
        }
    }
}
