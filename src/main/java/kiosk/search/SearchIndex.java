package kiosk.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * An in-memory full-text index, safe for concurrent searches. Japanese has no spaces between words,
 * so text goes through Lucene's kuromoji analyzer, which splits it into words by morphological
 * analysis (a word inside a sentence is a term of its own), reduces inflected forms to their base
 * form and drops particles; Latin words are lower-cased. A query matches a document when every one of
 * its words occurs in the title, summary or body; matches in the title weigh most. Results are ranked
 * by BM25 score; equal scores keep the order the documents were given in. Each field is also indexed
 * by its reading, so that a query word written in kana finds the word written in kanji (see
 * {@link SearchQuery}); a snippet marks the words found in the body (see {@link #snippet}).
 *
 * <p>An index never changes: {@link #update} gives the index of an edited corpus by re-analysing
 * only the documents that changed (analysis is nearly all the cost of a build), while this one keeps
 * answering as it did. Like any Lucene index that is updated, scores count replaced documents in
 * their term statistics until segments are merged, so they may differ slightly from a fresh build's.
 */
public final class SearchIndex {

    /** The most results one search returns: enough to page through, bounded for a hostile query. */
    public static final int MAX_HITS = 1000;

    private static final String ID = "id";
    static final String BODY = "body";
    /** The body and its reading keep each word's offsets with their postings, so snippets need no second analysis. */
    private static final FieldType WITH_OFFSETS = withOffsets();

    private final Analyzer analyzer;
    /** Shared by one line of updates; a commit per update, which a reader opens as a point in time. */
    private final IndexWriter writer;
    private final IndexSearcher searcher;
    /** The documents by id, which the next update compares with its own. */
    private final Map<String, SearchDocument> documents;
    /** Each document's position in the order given, which breaks ties between equal scores. */
    private final Map<String, Integer> positions;
    /** Set once an update derived the next index from this one's writer: a second must start afresh. */
    private final AtomicBoolean updated = new AtomicBoolean();

    private final SnippetHighlighter highlighter;

    private SearchIndex(Analyzer analyzer, IndexWriter writer, IndexSearcher searcher, List<SearchDocument> documents) {
        this.analyzer = analyzer;
        this.writer = writer;
        this.searcher = searcher;
        this.highlighter = new SnippetHighlighter(searcher, analyzer, this::bodyOf);
        Map<String, SearchDocument> byId = new HashMap<>();
        Map<String, Integer> order = new HashMap<>();
        for (SearchDocument document : documents) {
            byId.put(document.id(), document);
            order.putIfAbsent(document.id(), order.size());
        }
        this.documents = byId;
        this.positions = order;
    }

    /** Indexes {@code documents}; their order decides ties between equally relevant results. */
    public static SearchIndex build(List<SearchDocument> documents) {
        ReadingAnalyzer readings = new ReadingAnalyzer();
        Analyzer analyzer = new PerFieldAnalyzerWrapper(new JapaneseAnalyzer(), Map.of(
                "title" + SearchQuery.READING, readings, "summary" + SearchQuery.READING, readings,
                BODY + SearchQuery.READING, readings));
        try {
            IndexWriter writer = new IndexWriter(new ByteBuffersDirectory(), new IndexWriterConfig(analyzer));
            for (SearchDocument document : documents) {
                writer.addDocument(luceneDocument(document));
            }
            writer.commit();
            return new SearchIndex(analyzer, writer, new IndexSearcher(DirectoryReader.open(writer.getDirectory())),
                    documents);
        } catch (IOException e) {
            throw new UncheckedIOException("an in-memory index failed to build", e);
        }
    }

    /**
     * The index of {@code next}, the corpus after an edit: documents that are new or differ from this
     * index's are analysed and replace their earlier version, documents missing from {@code next} are
     * deleted. This index keeps its own point-in-time reader. Updating the same index twice builds the
     * second one afresh, since the first update moved the shared writer on.
     */
    public SearchIndex update(List<SearchDocument> next) {
        if (!updated.compareAndSet(false, true)) {
            return build(next);
        }
        try {
            Set<String> ids = new HashSet<>();
            for (SearchDocument document : next) {
                ids.add(document.id());
                if (!document.equals(documents.get(document.id()))) {
                    writer.updateDocument(new Term(ID, document.id()), luceneDocument(document));
                }
            }
            for (String id : documents.keySet()) {
                if (!ids.contains(id)) {
                    writer.deleteDocuments(new Term(ID, id));
                }
            }
            writer.commit();
            DirectoryReader current = (DirectoryReader) searcher.getIndexReader();
            DirectoryReader reopened = DirectoryReader.openIfChanged(current);
            return new SearchIndex(analyzer, writer, reopened == null ? searcher : new IndexSearcher(reopened), next);
        } catch (IOException e) {
            throw new UncheckedIOException("an in-memory index failed to update", e);
        }
    }

    private static Document luceneDocument(SearchDocument source) {
        Document document = new Document();
        document.add(new StringField(ID, source.id(), Field.Store.YES));
        for (String field : List.of("title", "summary")) {
            String text = field.equals("title") ? source.title() : source.summary();
            document.add(new TextField(field, text, Field.Store.NO));
            document.add(new TextField(field + SearchQuery.READING, text, Field.Store.NO));
        }
        document.add(new Field(BODY, source.body(), WITH_OFFSETS));
        document.add(new Field(BODY + SearchQuery.READING, source.body(), WITH_OFFSETS));
        return document;
    }

    private static FieldType withOffsets() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    /** The body of the document with Lucene number {@code doc}. */
    private String bodyOf(int doc) {
        try {
            return documents.get(searcher.storedFields().document(doc).get(ID)).body();
        } catch (IOException e) {
            throw new UncheckedIOException("an in-memory index failed to read", e);
        }
    }

    /**
     * A passage of the body of document {@code id} around the words of {@code query} it holds, those
     * words marked; the body's start when it holds none (the words were in the title or summary).
     * Empty for an id the index does not hold.
     */
    public Snippet snippet(String query, String id) {
        SearchQuery words = SearchQuery.parse(query, analyzer);
        try {
            ScoreDoc[] found = searcher.search(new TermQuery(new Term(ID, id)), 1).scoreDocs;
            if (found.length == 0) {
                return new Snippet("", List.of());
            }
            return highlighter.snippet(BODY, words.anyIn(BODY), found[0].doc);
        } catch (IOException e) {
            throw new UncheckedIOException("an in-memory index failed to read", e);
        }
    }

    /** Ids of the documents matching every word of {@code query}, most relevant first, at most {@link #MAX_HITS}. */
    public List<String> search(String query) {
        SearchQuery words = SearchQuery.parse(query, analyzer);
        if (words.isEmpty()) {
            return List.of();
        }
        try {
            ScoreDoc[] hits = searcher.search(words.matching(), MAX_HITS).scoreDocs;
            StoredFields storedFields = searcher.storedFields();
            List<Hit> found = new ArrayList<>(hits.length);
            for (ScoreDoc hit : hits) {
                String id = storedFields.document(hit.doc).get(ID);
                found.add(new Hit(id, hit.score, positions.get(id)));
            }
            // Lucene breaks ties by its document number, which updates no longer keep in the given order
            found.sort(Comparator.comparingDouble((Hit hit) -> -hit.score()).thenComparingInt(Hit::position));
            return found.stream().map(Hit::id).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("an in-memory index failed to read", e);
        }
    }

    private record Hit(String id, float score, int position) {
    }
}
