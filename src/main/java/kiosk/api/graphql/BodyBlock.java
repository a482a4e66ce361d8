package kiosk.api.graphql;

import java.util.List;
import java.util.Objects;
import kiosk.content.Image;

/**
 * A block of a structured body: the schema's {@code BodyBlock} interface. GraphQL cannot select a
 * tree of unknown depth, so a body is a flat list in document order in which each block names its
 * container by {@code parent}, the container's {@code index} in the same list.
 */
sealed interface BodyBlock {

    /** The block's position in the body's list, from 0. */
    int index();

    /** The index of the container (list, list item, quote) the block is in, or null at the top. */
    Integer parent();

    /** How many containers the block is in: 0 at the top. */
    int depth();

    record Paragraph(int index, Integer parent, int depth, List<BodyInline> inlines) implements BodyBlock {
        public Paragraph {
            inlines = List.copyOf(inlines);
        }
    }

    /**
     * A heading; its {@code anchor} is the id it has in the body's HTML, so {@code #anchor} links to it.
     *
     * @param text the heading as plain text, for a table of contents
     */
    record Heading(int index, Integer parent, int depth, int level, String anchor, String text,
                   List<BodyInline> inlines) implements BodyBlock {
        public Heading {
            inlines = List.copyOf(inlines);
        }
    }

    /** A list; its items are the blocks whose parent it is. @param start an ordered list's first number */
    record BlockList(int index, Integer parent, int depth, boolean ordered, int start) implements BodyBlock {
    }

    /** An item of a list: a container of blocks (a tight item's text is one paragraph). */
    record ListItem(int index, Integer parent, int depth) implements BodyBlock {
    }

    /** A block quote: a container of blocks. */
    record Quote(int index, Integer parent, int depth) implements BodyBlock {
    }

    /** A table: its header rows, then its body rows. */
    record Table(int index, Integer parent, int depth, List<TableRow> header, List<TableRow> rows)
            implements BodyBlock {
        public Table {
            header = List.copyOf(header);
            rows = List.copyOf(rows);
        }
    }

    record TableRow(List<TableCell> cells) {
        public TableRow {
            cells = List.copyOf(cells);
        }
    }

    /** @param align LEFT, CENTER or RIGHT, or null */
    record TableCell(boolean header, String align, List<BodyInline> inlines) {
        public TableCell {
            inlines = List.copyOf(inlines);
        }
    }

    /** A photo or illustration with its caption. */
    record Figure(int index, Integer parent, int depth, Image image, List<BodyInline> caption) implements BodyBlock {
        public Figure {
            Objects.requireNonNull(image, "image");
            caption = List.copyOf(caption);
        }
    }

    /** A block of program code or other preformatted text. @param language such as {@code js}, or null */
    record CodeBlock(int index, Integer parent, int depth, String language, String code) implements BodyBlock {
    }

    /** A thematic break ({@code ---}), such as between scenes. */
    record ThematicBreak(int index, Integer parent, int depth) implements BodyBlock {
    }

    /**
     * A paragraph that holds nothing but a link to one of the magazine's articles: an embedded card.
     *
     * @param link    the link, whose article the schema resolves
     * @param inlines the paragraph itself, to show when the article is not published
     */
    record ArticleCard(int index, Integer parent, int depth, BodyInline.Link link, List<BodyInline> inlines)
            implements BodyBlock {
        public ArticleCard {
            inlines = List.copyOf(inlines);
        }
    }

    /** A footnote's text, which {@link BodyInline.FootnoteReference}s with the same label point to. */
    record Footnote(int index, Integer parent, int depth, String label, int number, List<BodyInline> inlines)
            implements BodyBlock {
        public Footnote {
            inlines = List.copyOf(inlines);
        }
    }
}
