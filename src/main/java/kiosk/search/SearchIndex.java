package kiosk.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LogByteSizeMergePolicy;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;

/**
 * An in-memory full-text index, built once for a corpus and then only read, safe for concurrent
 * searches. Japanese has no spaces between words, so text goes through Lucene's kuromoji analyzer,
 * which splits it into words by morphological analysis (a word inside a sentence is a term of its
 * own), reduces inflected forms to their base form and drops particles; Latin words are lower-cased.
 * A query matches a document when every one of its words occurs in the title, summary or body;
 * matches in the title weigh most. Results are ranked by BM25 score; equal scores keep the order the
 * documents were given in.
 */
public final class SearchIndex {

    /** The most results one search returns: enough to page through, bounded for a hostile query. */
    public static final int MAX_HITS = 1000;
    /** Words of a query beyond this many are ignored, so a pasted essay cannot make a huge query. */
    static final int MAX_QUERY_WORDS = 32;

    private static final String ID = "id";
    private static final Map<String, Float> FIELD_BOOSTS = Map.of("title", 3f, "summary", 2f, "body", 1f);

    private final Analyzer analyzer;
    private final IndexSearcher searcher;

    private SearchIndex(Analyzer analyzer, IndexSearcher searcher) {
        this.analyzer = analyzer;
        this.searcher = searcher;
    }

    /** Indexes {@code documents}; their order decides ties between equally relevant results. */
    public static SearchIndex build(List<SearchDocument> documents) {
        Analyzer analyzer = new JapaneseAnalyzer();
        Directory directory = new ByteBuffersDirectory();
        // A log merge policy merges only adjacent segments, so document ids keep the input order,
        // which Lucene uses to break ties between equal scores.
        IndexWriterConfig config = new IndexWriterConfig(analyzer).setMergePolicy(new LogByteSizeMergePolicy());
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (SearchDocument document : documents) {
                writer.addDocument(luceneDocument(document));
            }
            writer.commit();
            return new SearchIndex(analyzer, new IndexSearcher(DirectoryReader.open(directory)));
        } catch (IOException e) {
            throw new UncheckedIOException("an in-memory index failed to build", e);
        }
    }

    private static Document luceneDocument(SearchDocument source) {
        Document document = new Document();
        document.add(new StoredField(ID, source.id()));
        document.add(new TextField("title", source.title(), Field.Store.NO));
        document.add(new TextField("summary", source.summary(), Field.Store.NO));
        document.add(new TextField("body", source.body(), Field.Store.NO));
        return document;
    }

    /** Ids of the documents matching every word of {@code query}, most relevant first, at most {@link #MAX_HITS}. */
    public List<String> search(String query) {
        List<List<String>> words = words(query);
        if (words.isEmpty()) {
            return List.of();
        }
        try {
            ScoreDoc[] hits = searcher.search(allWords(words), MAX_HITS).scoreDocs;
            StoredFields storedFields = searcher.storedFields();
            List<String> ids = new ArrayList<>(hits.length);
            for (ScoreDoc hit : hits) {
                ids.add(storedFields.document(hit.doc).get(ID));
            }
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException("an in-memory index failed to read", e);
        }
    }

    /** The query's words as the analyzer sees them; terms at one position (alternatives) share a list. */
    private List<List<String>> words(String query) {
        List<List<String>> words = new ArrayList<>();
        try (TokenStream tokens = analyzer.tokenStream("body", query)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = tokens.addAttribute(PositionIncrementAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                if (increment.getPositionIncrement() > 0 || words.isEmpty()) {
                    if (words.size() == MAX_QUERY_WORDS) {
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

    /** Every word must occur in some field; each field's match counts with its boost. */
    private static Query allWords(List<List<String>> words) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (List<String> alternatives : words) {
            BooleanQuery.Builder anyField = new BooleanQuery.Builder();
            for (String term : alternatives) {
                FIELD_BOOSTS.forEach((field, boost) ->
                        anyField.add(new BoostQuery(new TermQuery(new Term(field, term)), boost), Occur.SHOULD));
            }
            all.add(anyField.build(), Occur.MUST);
        }
        return all.build();
    }
}
