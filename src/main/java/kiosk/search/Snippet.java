package kiosk.search;

import java.util.List;
import java.util.Objects;

/**
 * A passage of a document's text around the words a search found.
 *
 * @param text       the passage, with an ellipsis where text was left out
 * @param highlights where the words found are in {@code text}, in order and apart
 */
public record Snippet(String text, List<Range> highlights) {

    /** The characters {@code start} (inclusive) to {@code end} (exclusive), in UTF-16 code units. */
    public record Range(int start, int end) {
    }

    public Snippet {
        Objects.requireNonNull(text, "text");
        highlights = List.copyOf(highlights);
    }

    /** The passage as HTML: the text escaped, each highlight in {@code <mark>}. */
    public String html() {
        StringBuilder html = new StringBuilder(text.length() + 16 * highlights.size());
        int at = 0;
        for (Range range : highlights) {
            escape(text.substring(at, range.start()), html);
            html.append("<mark>");
            escape(text.substring(range.start(), range.end()), html);
            html.append("</mark>");
            at = range.end();
        }
        escape(text.substring(at), html);
        return html.toString();
    }

    private static void escape(String text, StringBuilder html) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                default -> html.append(c);
            }
        }
    }
}
