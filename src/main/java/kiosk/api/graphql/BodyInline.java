package kiosk.api.graphql;

import java.util.List;
import java.util.Objects;

/** A piece of inline text in a structured body: the schema's {@code Inline} union. */
sealed interface BodyInline {

    /**
     * A run of text with the same marks and link.
     *
     * @param link the link the run belongs to, or null
     */
    record TextRun(String text, List<Mark> marks, Link link) implements BodyInline {
        public TextRun {
            Objects.requireNonNull(text, "text");
            marks = List.copyOf(marks);
        }
    }

    /** A forced line break ({@code <br>}). */
    record LineBreak() implements BodyInline {
        /** graphql-java needs a field to read; the schema gives a line break none of its own. */
        public String text() {
            return "\n";
        }
    }

    /**
     * A reference to a footnote, shown as its number.
     *
     * @param label the label the {@link BodyBlock.Footnote} carries, such as {@code 1}
     */
    record FootnoteReference(String label, int number) implements BodyInline {
    }

    /**
     * Where a run of text points.
     *
     * @param href        as in the sanitised HTML
     * @param articleSlug the slug of the magazine's article it points to, or null for any other target
     */
    record Link(String href, String title, String articleSlug) {
        public Link {
            Objects.requireNonNull(href, "href");
        }
    }

    /** The schema's {@code Mark}: how a run of text is set. */
    enum Mark { BOLD, ITALIC, STRIKETHROUGH, CODE, HIGHLIGHT, SMALL, SUBSCRIPT, SUPERSCRIPT, UNDERLINE }
}
