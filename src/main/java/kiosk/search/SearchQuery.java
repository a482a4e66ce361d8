package kiosk.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * A reader's query as Lucene queries. The query is split at spaces into parts, and each part into
 * words by the analyzer; every word must occur. A part written in kana only (はんどうたい, ハンドウタイ)
 * may also occur as a word read that way (半導体): its reading's bigrams must follow one another in a
 * field's reading (see {@link ReadingBigramFilter}). Kanji are not looked up by reading: 公開 must not
 * find 後悔.
 */
final class SearchQuery {

    /** Words of a query beyond this many are ignored, so a pasted essay cannot make a huge query. */
    static final int MAX_QUERY_WORDS = 32;
    /** The fields searched and how much a match in each weighs. */
    static final Map<String, Float> FIELD_BOOSTS = Map.of("title", 3f, "summary", 2f, SearchIndex.BODY, 1f);
    /** The suffix of the field that holds a field's reading. */
    static final String READING = ".reading";

    private static final Pattern SPACES = Pattern.compile("[\\s\u3000]+");
    private static final Pattern KANA = Pattern.compile("[\u3041-\u3096\u30A1-\u30FC]{2,}");

    /** A part of the query: its words (alternatives at one position share a list) and its reading's bigrams. */
    private record Part(List<List<String>> words, List<String> readingBigrams) {
    }

    private final List<Part> parts;

    private SearchQuery(List<Part> parts) {
        this.parts = parts;
    }

    static SearchQuery parse(String text, Analyzer analyzer) {
        List<Part> parts = new ArrayList<>();
        int words = 0;
        for (String part : SPACES.split(text.strip())) {
            if (words >= MAX_QUERY_WORDS || part.isEmpty()) {
                break;
            }
            List<List<String>> partWords = words(part, analyzer, MAX_QUERY_WORDS - words);
            words += partWords.size();
            List<String> bigrams = KANA.matcher(part).matches() ? bigrams(katakana(part)) : List.of();
            if (!partWords.isEmpty() || !bigrams.isEmpty()) {
                parts.add(new Part(partWords, bigrams));
            }
        }
        return new SearchQuery(parts);
    }

    boolean isEmpty() {
        return parts.isEmpty();
    }

    /** Every part must occur in some field (a kana part by its words or its reading); fields count with their boosts. */
    Query matching() {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (Part part : parts) {
            BooleanQuery.Builder words = new BooleanQuery.Builder();
            for (List<String> alternatives : part.words()) {
                BooleanQuery.Builder anyField = new BooleanQuery.Builder();
                for (String term : alternatives) {
                    FIELD_BOOSTS.forEach((field, boost) ->
                            anyField.add(new BoostQuery(new TermQuery(new Term(field, term)), boost), Occur.SHOULD));
                }
                words.add(anyField.build(), Occur.MUST);
            }
            if (part.readingBigrams().isEmpty()) {
                all.add(words.build(), Occur.MUST);
                continue;
            }
            BooleanQuery.Builder wordsOrReading = new BooleanQuery.Builder();
            if (!part.words().isEmpty()) {
                wordsOrReading.add(words.build(), Occur.SHOULD);
            }
            FIELD_BOOSTS.forEach((field, boost) -> wordsOrReading.add(
                    new BoostQuery(reading(field, part.readingBigrams()), boost), Occur.SHOULD));
            all.add(wordsOrReading.build(), Occur.MUST);
        }
        return all.build();
    }

    /** Any word or reading of the query in {@code field}: what a snippet of it marks. */
    Query anyIn(String field) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (Part part : parts) {
            part.words().forEach(alternatives -> alternatives.forEach(term ->
                    any.add(new TermQuery(new Term(field, term)), Occur.SHOULD)));
            if (!part.readingBigrams().isEmpty()) {
                any.add(reading(field, part.readingBigrams()), Occur.SHOULD);
            }
        }
        return any.build();
    }

    private static Query reading(String field, List<String> bigrams) {
        if (bigrams.size() == 1) {
            return new TermQuery(new Term(field + READING, bigrams.get(0)));
        }
        return new PhraseQuery(field + READING, bigrams.toArray(String[]::new));
    }

    /** The words of {@code text} as the analyzer sees them, at most {@code max}. */
    private static List<List<String>> words(String text, Analyzer analyzer, int max) {
        List<List<String>> words = new ArrayList<>();
        try (TokenStream tokens = analyzer.tokenStream(SearchIndex.BODY, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = tokens.addAttribute(PositionIncrementAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                if (increment.getPositionIncrement() > 0 || words.isEmpty()) {
                    if (words.size() == max) {
                        break;
                    }
                    words.add(new ArrayList<>());
                }
                words.get(words.size() - 1).add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a string failed", e);
        }
        return words;
    }

    /** Hiragana as katakana, the form of kuromoji's readings. */
    static String katakana(String kana) {
        StringBuilder katakana = new StringBuilder(kana.length());
        kana.chars().forEach(c -> katakana.append((char) (c >= '\u3041' && c <= '\u3096' ? c + 0x60 : c)));
        return katakana.toString();
    }

    private static List<String> bigrams(String text) {
        List<String> bigrams = new ArrayList<>();
        for (int i = 0; i + 1 < text.length(); i++) {
            bigrams.add(text.substring(i, i + 2));
        }
        return bigrams;
    }
}
