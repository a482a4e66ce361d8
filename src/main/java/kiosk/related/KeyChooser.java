package kiosk.related;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chooses the keys a document is compared on: "field\0keyword" for the fields the config weighs, and
 * its most distinctive text terms under the text field. Which terms are distinctive depends on how
 * many documents of the corpus contain each term ({@code termDocuments}).
 */
record KeyChooser(RelatedConfig config, int count, Map<String, Integer> termDocuments) {

    /** The field name under which a document's distinctive text terms are indexed. */
    static final String TEXT_FIELD = "\u0000text";

    /** Small corpora keep text terms shared by up to this many documents, whatever the share. */
    private static final int MIN_TEXT_TERM_CAP = 10;

    /** The document's keys in the order it scores them: keywords, then text terms, most distinctive first. */
    List<String> keysOf(RelatedDocument document, DocumentTerms terms) {
        Set<String> keys = new LinkedHashSet<>();
        document.keywords().forEach((field, values) -> {
            if (config.fieldWeights().containsKey(field)) {
                values.forEach(value -> keys.add(field + '\u0000' + value));
            }
        });
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            if (distinctive(termDocuments.get(terms.terms()[i]))) {
                candidates.add(i);
            }
        }
        candidates.stream()
                .sorted(Comparator.comparingDouble((Integer i) ->
                                -terms.counts()[i] * idf(count, termDocuments.get(terms.terms()[i])))
                        .thenComparing(i -> terms.terms()[i]))
                .limit(config.termsPerDocument())
                .forEach(i -> keys.add(TEXT_FIELD + '\u0000' + terms.terms()[i]));
        return List.copyOf(keys);
    }

    /** Whether a term in {@code documents} documents tells them apart: shared, but not by too many. */
    boolean distinctive(Integer documents) {
        return documents != null && documents >= 2
                && documents <= Math.max(MIN_TEXT_TERM_CAP, config.maxTextDocumentFrequency() * count);
    }

    /** Whether a key held by {@code documents} documents is scored: shared, but not by too many to mean much. */
    boolean scored(int documents) {
        return documents >= 2 && documents <= Math.max(2, (int) (config.maxDocumentFrequency() * count));
    }

    double weightOf(String key) {
        String field = key.substring(0, key.indexOf('\u0000', 1));
        return field.equals(TEXT_FIELD) ? config.textWeight() : config.fieldWeights().get(field);
    }

    static double idf(int count, int frequency) {
        return Math.log(1 + (double) count / frequency);
    }
}
