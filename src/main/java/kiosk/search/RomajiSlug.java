package kiosk.search;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.ja.tokenattributes.ReadingAttribute;
import org.apache.lucene.analysis.ja.util.ToStringUtil;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * A URL slug read from a Japanese headline: each word's reading, as the search's own analyzer
 * (kuromoji) reads it, in Hepburn romaji; particles, auxiliaries and punctuation left out, so
 * 「日銀、追加利上げを決定」 becomes {@code nichigin-tsuika-riage-kettei}. A word the dictionary does
 * not know keeps its own letters when they are ASCII and is left out otherwise.
 */
public final class RomajiSlug {

    /** Words kept: a slug is an address, not the headline. */
    private static final int MAX_WORDS = 8;
    private static final int MAX_LENGTH = 60;

    private RomajiSlug() {
    }

    /** The slug of {@code title}, or "" when nothing in it can be read into letters. */
    public static String of(String title) {
        String text = Normalizer.normalize(title, Normalizer.Form.NFKC);
        List<String> words = new ArrayList<>();
        try (JapaneseTokenizer tokenizer = new JapaneseTokenizer(null, true, JapaneseTokenizer.Mode.NORMAL)) {
            CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
            ReadingAttribute reading = tokenizer.addAttribute(ReadingAttribute.class);
            PartOfSpeechAttribute partOfSpeech = tokenizer.addAttribute(PartOfSpeechAttribute.class);
            tokenizer.setReader(new StringReader(text));
            tokenizer.reset();
            while (tokenizer.incrementToken() && words.size() < MAX_WORDS) {
                String pos = partOfSpeech.getPartOfSpeech();
                if (pos != null && (pos.startsWith("助詞") || pos.startsWith("助動詞") || pos.startsWith("記号"))) {
                    continue;
                }
                String surface = term.toString();
                String word = reading.getReading() != null ? ToStringUtil.getRomanization(reading.getReading()) : surface;
                // long vowels come marked (kigyō): the slug keeps the plain letter
                word = Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                        .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "");
                if (!word.isEmpty()) {
                    words.add(word);
                }
            }
            tokenizer.end();
        } catch (IOException e) {
            throw new UncheckedIOException("reading a title from a string", e);
        }
        String slug = String.join("-", words);
        if (slug.length() <= MAX_LENGTH) {
            return slug;
        }
        int lastWord = slug.lastIndexOf('-', MAX_LENGTH);
        return slug.substring(0, lastWord > 0 ? lastWord : MAX_LENGTH);
    }
}
