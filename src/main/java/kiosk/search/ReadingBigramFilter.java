package kiosk.search;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Turns a stream of katakana readings (from kuromoji's {@code JapaneseReadingFormFilter}) into the
 * bigrams of the text's reading read as one string: 半導体の (ハンドウタイ, ノ) gives ハン ンド ドウ ウタ
 * タイ イノ, so a phrase of a kana query's bigrams finds the words read that way wherever the analyzer
 * split them. A bigram's offsets span the original words its characters come from, so it can be
 * highlighted in the text. A token that is not katakana (Latin words, numbers, words the dictionary
 * gives no reading) breaks the string.
 */
final class ReadingBigramFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);

    /** The reading being split, its next character, and the original word's offsets. */
    private String reading;
    private int next;
    private int readingStart;
    private int readingEnd;
    /** The character before, and where its word starts; 0 when the string was broken. */
    private char previous;
    private int previousStart;

    ReadingBigramFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        while (true) {
            if (reading != null && next < reading.length()) {
                char current = reading.charAt(next++);
                char before = previous;
                int start = previousStart;
                previous = current;
                previousStart = readingStart;
                if (before != 0) {
                    clearAttributes();
                    term.setEmpty().append(before).append(current);
                    offset.setOffset(start, readingEnd);
                    increment.setPositionIncrement(1);
                    return true;
                }
                continue;
            }
            if (!input.incrementToken()) {
                return false;
            }
            if (isKatakana(term)) {
                reading = term.toString();
                next = 0;
                readingStart = offset.startOffset();
                readingEnd = offset.endOffset();
            } else {
                reading = null;
                previous = 0;
            }
        }
    }

    static boolean isKatakana(CharSequence text) {
        if (text.length() == 0) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '\u30A1' || c > '\u30FC') {
                return false;
            }
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        reading = null;
        previous = 0;
    }
}
