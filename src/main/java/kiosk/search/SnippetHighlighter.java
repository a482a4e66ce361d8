package kiosk.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntFunction;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Lucene's unified highlighter over one index, reading where words are from the offsets the index
 * keeps with its postings (no text is analysed again) and the texts from the documents in memory
 * (the index stores none).
 */
final class SnippetHighlighter extends UnifiedHighlighter {

    /** Passages a snippet has: two sentences give the words found some context. */
    private static final int PASSAGES = 2;
    /** A passage's aim in characters: about two lines of a phone's screen in Japanese. */
    private static final int PASSAGE_LENGTH = 80;

    /** Making a sentence iterator reads its rules (slow); a clone of this one does not. */
    private static final BreakIterator SENTENCES = BreakIterator.getSentenceInstance(Locale.JAPANESE);

    private final IntFunction<String> text;

    /** @param text a document's text to highlight, by its Lucene document number */
    SnippetHighlighter(IndexSearcher searcher, Analyzer analyzer, IntFunction<String> text) {
        super(UnifiedHighlighter.builder(searcher, analyzer)
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        (BreakIterator) SENTENCES.clone(), PASSAGE_LENGTH, 0.5f))
                .withFormatter(new SnippetFormatter())
                // a word found by its reading is marked in the body as a word found as written
                .withMaskedFieldsFunc(field -> Set.of(field, field + SearchQuery.READING))
                // term by term from the postings: a third of the time of asking the query's weights
                .withWeightMatches(false));
        this.text = text;
    }

    /** The snippet of document {@code doc} for {@code query}, whose terms in {@code field} are marked. */
    Snippet snippet(String field, Query query, int doc) throws IOException {
        Object[] snippets = highlightFieldsAsObjects(new String[] {field}, query, new int[] {doc},
                new int[] {PASSAGES}).get(field);
        return snippets[0] instanceof Snippet snippet ? snippet : new Snippet("", List.of());
    }

    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
            throws IOException {
        List<CharSequence[]> values = new ArrayList<>();
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
            CharSequence[] perField = new CharSequence[fields.length];
            Arrays.fill(perField, text.apply(doc));
            values.add(perField);
        }
        return values;
    }

    /** Passages to a {@link Snippet}: joined by an ellipsis, with one where text is left out at either end. */
    private static final class SnippetFormatter extends PassageFormatter {
        private static final String ELLIPSIS = "…";

        @Override
        public Object format(Passage[] passages, String content) {
            StringBuilder text = new StringBuilder();
            List<Snippet.Range> highlights = new ArrayList<>();
            int previousEnd = 0;
            for (Passage passage : passages) {
                if (passage.getStartOffset() > previousEnd) {
                    text.append(ELLIPSIS);
                }
                int shift = text.length() - passage.getStartOffset();
                text.append(content, passage.getStartOffset(), passage.getEndOffset());
                int lastEnd = -1;
                for (int i = 0; i < passage.getNumMatches(); i++) {
                    int start = Math.max(passage.getMatchStarts()[i], passage.getStartOffset()) + shift;
                    int end = Math.min(passage.getMatchEnds()[i], passage.getEndOffset()) + shift;
                    if (start < lastEnd) {
                        // overlapping matches (a compound and its parts) are one highlight
                        Snippet.Range last = highlights.remove(highlights.size() - 1);
                        start = last.start();
                        end = Math.max(end, last.end());
                    }
                    if (start < end) {
                        highlights.add(new Snippet.Range(start, end));
                        lastEnd = end;
                    }
                }
                previousEnd = passage.getEndOffset();
            }
            if (previousEnd < content.length() && passages.length > 0) {
                text.append(ELLIPSIS);
            }
            return new Snippet(text.toString(), highlights);
        }
    }
}
