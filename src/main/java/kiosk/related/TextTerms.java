package kiosk.related;

import java.lang.Character.UnicodeScript;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Terms for comparing texts, Japanese included: Japanese has no spaces between words, so runs of
 * kanji and katakana become overlapping character bigrams (as Lucene's CJK analyzer does), and Latin
 * words become lower-case words. Runs of hiragana are mostly grammar and are skipped. Cheap enough to
 * run over every body of a large corpus, unlike morphological analysis.
 */
public final class TextTerms {

    private TextTerms() {
    }

    /** Term frequencies of {@code text}. */
    public static Map<String, Integer> of(String text) {
        Map<String, Integer> frequencies = new HashMap<>();
        StringBuilder run = new StringBuilder();
        RunKind runKind = RunKind.OTHER;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            RunKind kind = RunKind.of(codePoint);
            if (kind != runKind) {
                flush(run, runKind, frequencies);
                runKind = kind;
            }
            if (kind != RunKind.OTHER) {
                run.appendCodePoint(Character.toLowerCase(codePoint));
            }
            i += Character.charCount(codePoint);
        }
        flush(run, runKind, frequencies);
        return frequencies;
    }

    private static void flush(StringBuilder run, RunKind kind, Map<String, Integer> frequencies) {
        if (run.isEmpty()) {
            return;
        }
        String text = run.toString();
        run.setLength(0);
        switch (kind) {
            case LATIN -> {
                if (text.length() >= 2) {
                    frequencies.merge(text.toLowerCase(Locale.ROOT), 1, Integer::sum);
                }
            }
            case CJK -> {
                int second = text.offsetByCodePoints(0, 1);
                if (second == text.length()) {
                    frequencies.merge(text, 1, Integer::sum);
                }
                for (int first = 0; second < text.length(); ) {
                    int end = second + Character.charCount(text.codePointAt(second));
                    frequencies.merge(text.substring(first, end), 1, Integer::sum);
                    first = second;
                    second = end;
                }
            }
            default -> {
                // hiragana and punctuation carry little topic
            }
        }
    }

    private enum RunKind {
        LATIN, CJK, OTHER;

        private static final RunKind[] KINDS = values();
        /**
         * The kind of each character of the Basic Multilingual Plane once looked up, as its ordinal plus one
         * (0: not yet). Looking a character's script up is a binary search over Unicode's script ranges,
         * which for every character of 10,000 bodies was a third of the related index's text work; a
         * race only computes the same byte twice.
         */
        private static final byte[] BMP = new byte[Character.MAX_VALUE + 1];

        static RunKind of(int codePoint) {
            if (codePoint > Character.MAX_VALUE) {
                return lookUp(codePoint);
            }
            byte known = BMP[codePoint];
            if (known == 0) {
                RunKind kind = lookUp(codePoint);
                BMP[codePoint] = (byte) (kind.ordinal() + 1);
                return kind;
            }
            return KINDS[known - 1];
        }

        private static RunKind lookUp(int codePoint) {
            if (codePoint == 'ー') {
                return CJK;
            }
            if (!Character.isLetterOrDigit(codePoint)) {
                return OTHER;
            }
            UnicodeScript script = UnicodeScript.of(codePoint);
            if (script == UnicodeScript.HAN || script == UnicodeScript.KATAKANA) {
                return CJK;
            }
            return script == UnicodeScript.HIRAGANA ? OTHER : LATIN;
        }
    }
}
