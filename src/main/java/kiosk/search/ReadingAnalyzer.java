package kiosk.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ja.JapaneseReadingFormFilter;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;

/**
 * A text's reading as katakana bigrams (see {@link ReadingBigramFilter}): kuromoji splits the text
 * into words (whole compounds, not their parts, so that a reading is read as written) and gives each
 * its reading.
 */
final class ReadingAnalyzer extends Analyzer {

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new JapaneseTokenizer(null, true, JapaneseTokenizer.Mode.NORMAL);
        TokenStream readings = new JapaneseReadingFormFilter(tokenizer, false);
        return new TokenStreamComponents(tokenizer, new ReadingBigramFilter(readings));
    }
}
