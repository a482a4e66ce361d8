package kiosk.content;

import java.util.List;
import java.util.Objects;

/**
 * What of an article is proofread: its title, its summary and the prose of its body (not code, URLs or HTML),
 * each piece with where every character of it stands in the source file.
 *
 * @param path   the article file, relative to the content folder
 * @param choice what its front matter says of proofreading
 */
public record ProofreadText(String path, ProofreadConfig.Choice choice, List<Passage> passages) {

    public ProofreadText {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(choice, "choice");
        passages = List.copyOf(passages);
    }

    /**
     * A run of prose (a title, a paragraph, a list item) in which sentences are found.
     *
     * @param lines   the file line of each char of {@code text}, 1-based
     * @param columns the column of each char of {@code text}, 1-based, counted in code points as editors count
     */
    public record Passage(String text, int[] lines, int[] columns) {

        public Passage {
            Objects.requireNonNull(text, "text");
            if (lines.length != text.length() || columns.length != text.length()) {
                throw new IllegalArgumentException("one position per char of the text");
            }
        }
    }
}
