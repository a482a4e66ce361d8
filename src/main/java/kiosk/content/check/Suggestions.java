package kiosk.content.check;

import java.util.Collection;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean" for misspelt keys and slugs, by edit distance. */
public final class Suggestions {

    private Suggestions() {
    }

    /** The closest candidate within a third of the word's length (at least 2 edits), if any. */
    public static Optional<String> closest(String word, Collection<String> candidates) {
        int allowed = Math.max(2, word.length() / 3);
        return candidates.stream()
                .filter(candidate -> distance(word, candidate) <= allowed)
                .min(Comparator.comparingInt((String candidate) -> distance(word, candidate))
                        .thenComparing(Comparator.naturalOrder()));
    }

    /**
     * The candidate {@code word} most likely is, misspelt: the same once full-width letters are made
     * half-width and case is ignored, or (for a word of three letters or more) one edit away, a
     * quarter of its length for long words. Looser than {@link #closest}, which short words would
     * match with words they merely share a letter with ({@code 日銀}, {@code 日本}).
     */
    public static Optional<String> nearMiss(String word, Collection<String> candidates) {
        String normal = normal(word);
        int length = normal.codePointCount(0, normal.length());
        int allowed = length < 3 ? 0 : Math.max(1, length / 4);
        return candidates.stream().filter(candidate -> !candidate.equals(word))
                .filter(candidate -> distance(normal, normal(candidate)) <= allowed)
                .min(Comparator.comparingInt((String candidate) -> distance(normal, normal(candidate)))
                        .thenComparing(Comparator.naturalOrder()));
    }

    private static String normal(String word) {
        return Normalizer.normalize(word, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    /** A hint sentence: "did you mean 'x'?" or the empty string. */
    /** "did you mean 'x'? " as a message of the bundle, or "" when no candidate is close. */
    public static Object didYouMeanMessage(String word, Collection<String> candidates) {
        return closest(word, candidates).<Object>map(match -> Message.of("didYouMean", match)).orElse("");
    }

    public static String didYouMean(String word, Collection<String> candidates) {
        return closest(word, candidates).map(match -> "did you mean '" + match + "'?").orElse("");
    }

    /** Levenshtein distance over code points, with two rows of memory. */
    static int distance(String a, String b) {
        int[] left = a.codePoints().toArray();
        int[] right = b.codePoints().toArray();
        int[] previous = new int[right.length + 1];
        int[] current = new int[right.length + 1];
        for (int j = 0; j <= right.length; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= left.length; i++) {
            current[0] = i;
            for (int j = 1; j <= right.length; j++) {
                int substitution = previous[j - 1] + (left[i - 1] == right[j - 1] ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[right.length];
    }
}
