package kiosk.related;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Related documents, computed once for a whole corpus and then only read (Hugo's related index,
 * built and frozen at once). A document's score for another is the sum, over the keywords and
 * distinctive text terms they share, of the field's weight times the keyword's inverse document
 * frequency: a tag on every other article counts for little, a rare one for much. Keywords found in
 * more than {@link RelatedConfig#maxDocumentFrequency()} of the corpus are ignored. Ties go to the
 * newer document, then the smaller id, so the result is the same on every run.
 */
public final class RelatedIndex {

    /** The field name under which a document's distinctive text terms are indexed. */
    private static final String TEXT_FIELD = "\u0000text";

    /** Small corpora keep text terms shared by up to this many documents, whatever the share. */
    private static final int MIN_TEXT_TERM_CAP = 10;

    private final Map<String, List<String>> relatedById;

    private RelatedIndex(Map<String, List<String>> relatedById) {
        this.relatedById = relatedById;
    }

    /** Related ids of {@code id}, best first: pinned ones, then by score. Empty for unknown ids. */
    public List<String> relatedTo(String id) {
        return relatedById.getOrDefault(id, List.of());
    }

    public static RelatedIndex build(List<RelatedDocument> documents, RelatedConfig config) {
        int count = documents.size();
        List<Set<String>> keys = keysOf(documents, config);
        Map<String, Integer> documentFrequency = new HashMap<>();
        keys.forEach(documentKeys -> documentKeys.forEach(key -> documentFrequency.merge(key, 1, Integer::sum)));
        int maxFrequency = Math.max(2, (int) (config.maxDocumentFrequency() * count));
        Map<String, int[]> postings = postings(keys, documentFrequency, maxFrequency);
        Map<String, Integer> indexById = new HashMap<>();
        for (int i = 0; i < count; i++) {
            indexById.put(documents.get(i).id(), i);
        }
        int[] tieRank = tieRanks(documents);
        ThreadLocal<Scratch> scratches = ThreadLocal.withInitial(() -> new Scratch(count));
        List<List<String>> related = IntStream.range(0, count).parallel()
                .mapToObj(i -> relatedOf(i, documents, keys.get(i), postings, config, indexById, tieRank, scratches))
                .toList();
        Map<String, List<String>> relatedById = new HashMap<>();
        for (int i = 0; i < count; i++) {
            relatedById.put(documents.get(i).id(), related.get(i));
        }
        return new RelatedIndex(relatedById);
    }

    /** Each document's place in the tie-break order (newer first, then smaller id): lower wins. */
    private static int[] tieRanks(List<RelatedDocument> documents) {
        Integer[] order = IntStream.range(0, documents.size()).boxed().toArray(Integer[]::new);
        java.util.Arrays.sort(order, Comparator.comparingLong((Integer i) -> -documents.get(i).date())
                .thenComparing(i -> documents.get(i).id()));
        int[] rank = new int[order.length];
        for (int position = 0; position < order.length; position++) {
            rank[order[position]] = position;
        }
        return rank;
    }

    /** Each document's keys: "field\0keyword", and its most distinctive text terms under the text field. */
    private static List<Set<String>> keysOf(List<RelatedDocument> documents, RelatedConfig config) {
        List<Map<String, Integer>> termFrequencies = documents.parallelStream()
                .map(document -> TextTerms.of(document.text())).toList();
        Map<String, Integer> termDocumentFrequency = new HashMap<>();
        termFrequencies.forEach(terms -> terms.keySet().forEach(term -> termDocumentFrequency.merge(term, 1, Integer::sum)));
        int count = documents.size();
        double maxTermFrequency = Math.max(MIN_TEXT_TERM_CAP, config.maxTextDocumentFrequency() * count);
        return IntStream.range(0, count).parallel().mapToObj(i -> {
            Set<String> keys = new LinkedHashSet<>();
            documents.get(i).keywords().forEach((field, values) -> {
                if (config.fieldWeights().containsKey(field)) {
                    values.forEach(value -> keys.add(field + '\u0000' + value));
                }
            });
            termFrequencies.get(i).entrySet().stream()
                    .filter(term -> {
                        int frequency = termDocumentFrequency.get(term.getKey());
                        return frequency >= 2 && frequency <= maxTermFrequency;
                    })
                    .sorted(Comparator.comparingDouble((Map.Entry<String, Integer> term) ->
                                    -term.getValue() * idf(count, termDocumentFrequency.get(term.getKey())))
                            .thenComparing(Map.Entry::getKey))
                    .limit(config.termsPerDocument())
                    .forEach(term -> keys.add(TEXT_FIELD + '\u0000' + term.getKey()));
            return keys;
        }).toList();
    }

    private static Map<String, int[]> postings(List<Set<String>> keys, Map<String, Integer> documentFrequency,
                                               int maxFrequency) {
        Map<String, List<Integer>> lists = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            for (String key : keys.get(i)) {
                int frequency = documentFrequency.get(key);
                if (frequency >= 2 && frequency <= maxFrequency) {
                    lists.computeIfAbsent(key, unused -> new ArrayList<>()).add(i);
                }
            }
        }
        Map<String, int[]> postings = new HashMap<>();
        lists.forEach((key, list) -> postings.put(key, list.stream().mapToInt(Integer::intValue).toArray()));
        return postings;
    }

    /** Per-thread score accumulators, reused across documents: a dense array beats a map here. */
    private static final class Scratch {
        final double[] scores;
        final int[] touched;
        int touchedCount;

        Scratch(int size) {
            scores = new double[size];
            touched = new int[size];
        }

        void add(int document, double score) {
            if (scores[document] == 0) {
                touched[touchedCount++] = document;
            }
            scores[document] += score;
        }

        /**
         * The {@code limit} best-scored documents, best first (ties by {@code tieRank}): one pass
         * keeping a small sorted array, since most candidates lose to the current worst at once.
         */
        int[] best(int limit, int[] tieRank) {
            int[] top = new int[limit];
            int size = 0;
            for (int t = 0; t < touchedCount; t++) {
                int candidate = touched[t];
                if (size == limit && !beats(candidate, top[size - 1], tieRank)) {
                    continue;
                }
                int position = size == limit ? size - 1 : size++;
                while (position > 0 && beats(candidate, top[position - 1], tieRank)) {
                    top[position] = top[position - 1];
                    position--;
                }
                top[position] = candidate;
            }
            return java.util.Arrays.copyOf(top, size);
        }

        private boolean beats(int a, int b, int[] tieRank) {
            return scores[a] > scores[b] || scores[a] == scores[b] && tieRank[a] < tieRank[b];
        }

        void clear() {
            for (int i = 0; i < touchedCount; i++) {
                scores[touched[i]] = 0;
            }
            touchedCount = 0;
        }
    }

    private static List<String> relatedOf(int self, List<RelatedDocument> documents, Set<String> keys,
                                          Map<String, int[]> postings, RelatedConfig config,
                                          Map<String, Integer> indexById, int[] tieRank,
                                          ThreadLocal<Scratch> scratches) {
        Scratch scratch = scratches.get();
        int count = documents.size();
        for (String key : keys) {
            int[] posting = postings.get(key);
            if (posting == null) {
                continue;
            }
            double contribution = weightOf(key, config) * idf(count, posting.length);
            for (int other : posting) {
                if (other != self) {
                    scratch.add(other, contribution);
                }
            }
        }
        RelatedDocument document = documents.get(self);
        LinkedHashSet<String> result = new LinkedHashSet<>();
        for (String pinned : document.pinned()) {
            if (indexById.containsKey(pinned) && !pinned.equals(document.id())) {
                result.add(pinned);
            }
        }
        int[] best = scratch.best(config.maxRelated() + result.size(), tieRank);
        scratch.clear();
        for (int i : best) {
            result.add(documents.get(i).id());
        }
        return result.stream().limit(Math.max(config.maxRelated(), document.pinned().size())).toList();
    }

    private static double weightOf(String key, RelatedConfig config) {
        String field = key.substring(0, key.indexOf('\u0000', 1));
        return field.equals(TEXT_FIELD) ? config.textWeight() : config.fieldWeights().get(field);
    }

    private static double idf(int count, int frequency) {
        return Math.log(1 + (double) count / frequency);
    }
}
