package kiosk.content.load;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/**
 * Bounds how deeply Markdown nests (quotes in lists in quotes, emphasis in links in images...).
 * commonmark-java parses emphasis and renders every node recursively, so a few kilobytes of {@code >}
 * or {@code *} overflow the thread's stack, and nested images take time quadratic in their depth.
 * Real articles nest a handful of levels; {@value #MAX_DEPTH} is far beyond any of them.
 *
 * <p>Two guards: {@link #beforeParsing} scans the text for open brackets and emphasis marks piling up
 * (what the parser would spend its time or stack on), and {@link #ofTree} measures the parsed tree
 * without recursion, before anything renders it.
 */
final class MarkdownNesting {

    /** Levels of nodes inside one another that a body may have (the document itself is level 0). */
    static final int MAX_DEPTH = 32;
    /**
     * Emphasis marks left open in one paragraph. The tree's depth check finds real nesting; this only
     * keeps the parser's own recursion away from the stack's end, so it is generous: an editor's
     * unmatched asterisks stay far below it.
     */
    private static final int MAX_OPEN_EMPHASIS = 200;

    private MarkdownNesting() {
    }

    /** Where the text nests, 1-based within the Markdown. */
    record Position(int line, int column) {
    }

    /**
     * Where brackets ({@code [}, {@code ![}) open more than {@value #MAX_DEPTH} levels deep, or
     * emphasis marks pile up beyond what the parser can follow, if anywhere. Fenced code is skipped;
     * a blank line ends a paragraph and everything open in it.
     */
    static Optional<Position> beforeParsing(String markdown) {
        Paragraph open = new Paragraph();
        int lineNumber = 0;
        boolean fenced = false;
        for (String line : markdown.split("\n", -1)) {
            lineNumber++;
            String stripped = line.stripLeading();
            if (stripped.startsWith("```") || stripped.startsWith("~~~")) {
                fenced = !fenced;
            } else if (line.isBlank()) {
                open = new Paragraph();
            } else if (!fenced) {
                int column = open.scan(line);
                if (column > 0) {
                    return Optional.of(new Position(lineNumber, column));
                }
            }
        }
        return Optional.empty();
    }

    /** What is open in the paragraph being scanned. */
    private static final class Paragraph {
        private int brackets;
        private int stars;
        private int underscores;

        /** @return the 1-based column where the line nests too deeply, or 0 */
        int scan(String line) {
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == '\\') {
                    i++; // an escaped character is text
                } else if (c == '[') {
                    if (++brackets > MAX_DEPTH) {
                        return i + 1;
                    }
                } else if (c == ']') {
                    brackets = Math.max(0, brackets - 1);
                } else if (c == '*' || c == '_') {
                    int run = runLength(line, i);
                    boolean opens = i + run < line.length() && !Character.isWhitespace(line.charAt(i + run));
                    boolean closes = i > 0 && !Character.isWhitespace(line.charAt(i - 1));
                    int open = (c == '*' ? stars : underscores);
                    // a mark between two words may open or close: counted as the parser would pair it
                    boolean opening = opens && (!closes || open == 0);
                    open = opening ? open + run : opens || closes ? Math.max(0, open - run) : open;
                    if (c == '*') {
                        stars = open;
                    } else {
                        underscores = open;
                    }
                    if (open > MAX_OPEN_EMPHASIS) {
                        return i + 1;
                    }
                    i += run - 1;
                }
            }
            return 0;
        }

        private static int runLength(String line, int start) {
            int end = start;
            while (end < line.length() && line.charAt(end) == line.charAt(start)) {
                end++;
            }
            return end - start;
        }
    }

    /**
     * The first node (in document order) deeper than {@value #MAX_DEPTH} levels, found without
     * recursion, with its position in the Markdown; empty when the tree is shallow enough.
     */
    static Optional<Position> ofTree(Node document) {
        Deque<Node> path = new ArrayDeque<>();
        Node node = document.getFirstChild();
        int depth = 1;
        while (node != null) {
            if (depth > MAX_DEPTH) {
                return Optional.of(positionOf(node));
            }
            if (node.getFirstChild() != null) {
                path.push(node);
                node = node.getFirstChild();
                depth++;
                continue;
            }
            while (node != null && node.getNext() == null) {
                node = path.poll();
                depth--;
            }
            node = node == null ? null : node.getNext();
        }
        return Optional.empty();
    }

    private static Position positionOf(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.getSourceSpans().isEmpty()) {
                SourceSpan span = at.getSourceSpans().get(0);
                return new Position(span.getLineIndex() + 1, span.getColumnIndex() + 1);
            }
        }
        return new Position(1, 1);
    }
}
