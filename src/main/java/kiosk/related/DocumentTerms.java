package kiosk.related;

import java.util.Arrays;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A document's text terms ({@link TextTerms}) with how often each occurs, sorted by term: kept by the
 * index between builds, so an update re-reads only the texts that changed, and compact (two arrays,
 * the term strings shared between documents) since it is kept for every document.
 */
record DocumentTerms(String[] terms, int[] counts) {

    static DocumentTerms of(String text, UnaryOperator<String> canonical) {
        Map<String, Integer> frequencies = TextTerms.of(text);
        String[] terms = frequencies.keySet().stream().map(canonical).sorted().toArray(String[]::new);
        int[] counts = new int[terms.length];
        for (int i = 0; i < terms.length; i++) {
            counts[i] = frequencies.get(terms[i]);
        }
        return new DocumentTerms(terms, counts);
    }

    boolean contains(String term) {
        return Arrays.binarySearch(terms, term) >= 0;
    }

    int size() {
        return terms.length;
    }
}
