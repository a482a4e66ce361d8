package kiosk.related;

import java.util.Map;

/**
 * How the related-content index scores.
 *
 * @param fieldWeights         weight of a shared keyword, by field name; fields not named count nothing
 * @param textWeight           weight of a shared distinctive text term
 * @param termsPerDocument     how many of a document's most distinctive terms it is compared on
 * @param maxDocumentFrequency a keyword found in more than this share of all documents says little
 *                             about any of them and is ignored (Hugo's cardinality threshold)
 * @param maxTextDocumentFrequency the same for text terms, which must be far rarer to be distinctive
 * @param maxRelated           how many related documents are kept per document
 */
public record RelatedConfig(Map<String, Double> fieldWeights, double textWeight, int termsPerDocument,
                            double maxDocumentFrequency, double maxTextDocumentFrequency, int maxRelated) {

    public RelatedConfig {
        fieldWeights = Map.copyOf(fieldWeights);
        if (maxDocumentFrequency <= 0 || maxDocumentFrequency > 1 || maxTextDocumentFrequency <= 0
                || maxTextDocumentFrequency > 1) {
            throw new IllegalArgumentException("document frequency shares must be in (0, 1]");
        }
        if (termsPerDocument < 0 || maxRelated < 1) {
            throw new IllegalArgumentException("termsPerDocument >= 0 and maxRelated >= 1 required");
        }
    }

    /**
     * A shared series weighs most (as much as two shared tags), then tags, then shared text, authors,
     * topic collections, issue and section.
     */
    public static RelatedConfig defaults() {
        return new RelatedConfig(Map.of("series", 8.0, "tags", 4.0, "authors", 1.5, "collections", 1.5, "issue", 1.0,
                "section", 1.0), 1.0, 24, 0.5, 0.05, 10);
    }
}
