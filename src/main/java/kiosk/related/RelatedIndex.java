package kiosk.related;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;

/**
 * Related documents for a whole corpus (Hugo's related index): the keys and their holders are
 * computed up front, each document's related list when it is first asked for, and then kept. A bake
 * asks for every list (in parallel, as it renders); a server that has just started answers at once
 * and works out only the lists its readers ask for, and a preview snapshot the lists editors look at.
 * A document's score for another is the sum, over the keys they share ({@link KeyChooser}: keywords
 * and distinctive text terms), of the field's weight times the key's inverse document frequency: a
 * tag on every other article counts for little, a rare one for much. Keys found in more than
 * {@link RelatedConfig#maxDocumentFrequency()} of the corpus are ignored. Ties go to the newer
 * document, then the smaller id, so the result is the same on every run. A promotional document is
 * offered only to promotional ones, unless a document pins it.
 *
 * <p>An index is immutable. {@link #update} gives the index of an edited corpus with exactly the
 * result {@link #build} would give, but recomputes only what the edit can change: the texts that
 * changed, the key choices of documents sharing a term whose document count changed, and the related
 * lists of documents sharing a key whose holders changed. A title edit on a corpus of 10,000 costs a
 * few documents' work instead of all of it.
 */
public final class RelatedIndex {

    private final RelatedConfig config;
    /** The documents by slot; a document keeps its slot across updates while the set of ids is the same. */
    private final List<RelatedDocument> documents;
    private final Map<String, Integer> slots;
    private final List<DocumentTerms> terms;
    private final KeyChooser chooser;
    /** Each document's keys, in the order its scores add up (which floating-point sums depend on). */
    private final List<List<String>> keys;
    /** The slots of the documents holding each key, ascending. */
    private final Map<String, int[]> keyHolders;
    /** Each document's place in the tie-break order (newer first, then smaller id): lower wins. */
    private final int[] tieRank;
    /** Each slot's related list once asked for; null until then. */
    private final AtomicReferenceArray<List<String>> related;
    /** Score boards free for the next list to compute: as many as threads ever computed lists at once. */
    private final ConcurrentLinkedQueue<ScoreBoard> boards = new ConcurrentLinkedQueue<>();

    /**
     * Takes the parts as they are, and the related lists of {@code previous} (when not null) but for
     * the {@code dirty} slots, which are computed anew when asked for.
     */
    private RelatedIndex(RelatedConfig config, List<RelatedDocument> documents, Map<String, Integer> slots,
                         List<DocumentTerms> terms, KeyChooser chooser, List<List<String>> keys,
                         Map<String, int[]> keyHolders, int[] tieRank, AtomicReferenceArray<List<String>> previous,
                         BitSet dirty) {
        this.config = config;
        this.documents = documents;
        this.slots = slots;
        this.terms = terms;
        this.chooser = chooser;
        this.keys = keys;
        this.keyHolders = keyHolders;
        this.tieRank = tieRank;
        this.related = new AtomicReferenceArray<>(documents.size());
        if (previous != null) {
            for (int slot = dirty.nextClearBit(0); slot < documents.size(); slot = dirty.nextClearBit(slot + 1)) {
                related.set(slot, previous.get(slot));
            }
        }
    }

    /**
     * Related ids of {@code id}, best first: pinned ones, then by score. Empty for unknown ids. The
     * first call for a document computes its list (two threads asking at once may both compute it, and
     * get the same list).
     */
    public List<String> relatedTo(String id) {
        Integer slot = slots.get(id);
        if (slot == null) {
            return List.of();
        }
        List<String> list = related.get(slot);
        if (list == null) {
            ScoreBoard board = Objects.requireNonNullElseGet(boards.poll(), () -> new ScoreBoard(documents.size()));
            list = relatedOf(slot, board);
            boards.offer(board);
            related.set(slot, list);
        }
        return list;
    }

    /** The document indexed under {@code id}, if any: a caller may pass it to {@link #update} again as it is. */
    public Optional<RelatedDocument> document(String id) {
        Integer slot = slots.get(id);
        return slot == null ? Optional.empty() : Optional.of(documents.get(slot));
    }

    /** @param documents with unique ids */
    public static RelatedIndex build(List<RelatedDocument> documents, RelatedConfig config) {
        return build(documents, config, document -> null);
    }

    /** @param reusable a document's terms when known already, else null */
    private static RelatedIndex build(List<RelatedDocument> documents, RelatedConfig config,
                                      Function<RelatedDocument, DocumentTerms> reusable) {
        int count = documents.size();
        Map<String, Integer> slots = new HashMap<>();
        for (int i = 0; i < count; i++) {
            if (slots.put(documents.get(i).id(), i) != null) {
                throw new IllegalArgumentException("two documents with the id " + documents.get(i).id());
            }
        }
        // one instance of each term and key string for the whole corpus: the index keeps them for every document
        Map<String, String> interned = new ConcurrentHashMap<>();
        UnaryOperator<String> intern = term -> Objects.requireNonNullElse(interned.putIfAbsent(term, term), term);
        List<DocumentTerms> terms = documents.parallelStream()
                .map(document -> Objects.requireNonNullElseGet(reusable.apply(document),
                        () -> DocumentTerms.of(document.text(), intern)))
                .toList();
        Map<String, Integer> termDocuments = new HashMap<>();
        terms.forEach(documentTerms -> {
            for (String term : documentTerms.terms()) {
                termDocuments.merge(term, 1, Integer::sum);
            }
        });
        KeyChooser chooser = new KeyChooser(config, count, termDocuments);
        List<List<String>> keys = IntStream.range(0, count).parallel()
                .mapToObj(i -> chooser.keysOf(documents.get(i), terms.get(i)).stream().map(intern).toList()).toList();
        Map<String, List<Integer>> holders = new HashMap<>();
        for (int i = 0; i < count; i++) {
            for (String key : keys.get(i)) {
                holders.computeIfAbsent(key, unused -> new ArrayList<>()).add(i);
            }
        }
        Map<String, int[]> keyHolders = new HashMap<>();
        holders.forEach((key, list) -> keyHolders.put(key, list.stream().mapToInt(Integer::intValue).toArray()));
        return new RelatedIndex(config, List.copyOf(documents), slots, terms, chooser, keys, keyHolders,
                tieRanks(documents), null, new BitSet());
    }

    /**
     * The index of {@code next}, the corpus after an edit, computed from this one: the same result as
     * {@link #build} on {@code next} with this index's config. When documents were added or removed,
     * every score changes (inverse document frequencies count the corpus): only the texts' terms are
     * reused then.
     *
     * @param next with unique ids, in any order
     */
    public RelatedIndex update(List<RelatedDocument> next) {
        if (!sameIds(next)) {
            return build(next, config, this::termsIfSameText);
        }
        List<RelatedDocument> bySlot = new ArrayList<>(documents);
        BitSet changed = new BitSet();
        boolean datesChanged = false;
        for (RelatedDocument document : next) {
            int slot = slots.get(document.id());
            RelatedDocument before = documents.get(slot);
            if (!document.equals(before)) {
                bySlot.set(slot, document);
                changed.set(slot);
                datesChanged |= document.date() != before.date();
            }
        }
        if (changed.isEmpty()) {
            return this;
        }
        Edit edit = new Edit(bySlot, changed);
        BitSet dirty = edit.rechooseKeys();
        edit.holdersOfChangedKeys(dirty);
        // a document that moved in the tie-break order, or became or stopped being promotional, may move
        // in (or out of) the lists of all it shares a key with
        changed.stream().filter(slot -> bySlot.get(slot).date() != documents.get(slot).date()
                        || bySlot.get(slot).promotional() != documents.get(slot).promotional())
                .forEach(slot -> edit.holdersOfKeys(slot, dirty));
        return new RelatedIndex(config, List.copyOf(bySlot), slots, edit.terms, edit.chooser, edit.keys,
                edit.keyHolders, datesChanged ? tieRanks(bySlot) : tieRank, related, dirty);
    }

    /** The next index's parts as an update changes them, starting from copies of this index's. */
    private final class Edit {

        private final List<RelatedDocument> next;
        private final BitSet changed;
        private final List<DocumentTerms> terms = new ArrayList<>(RelatedIndex.this.terms);
        private final List<List<String>> keys = new ArrayList<>(RelatedIndex.this.keys);
        private final Map<String, int[]> keyHolders = new HashMap<>(RelatedIndex.this.keyHolders);
        private final KeyChooser chooser;
        /** Keys whose holders changed, with their holders before. */
        private final Map<String, int[]> holdersBefore = new HashMap<>();

        Edit(List<RelatedDocument> next, BitSet changed) {
            this.next = next;
            this.changed = changed;
            Map<String, Integer> termDocuments = new HashMap<>(RelatedIndex.this.chooser.termDocuments());
            changed.stream().filter(slot -> !next.get(slot).text().equals(documents.get(slot).text())).forEach(slot -> {
                DocumentTerms before = terms.get(slot);
                DocumentTerms after = DocumentTerms.of(next.get(slot).text(), UnaryOperator.identity());
                terms.set(slot, after);
                for (String term : before.terms()) {
                    termDocuments.computeIfPresent(term, (unused, documents) -> documents == 1 ? null : documents - 1);
                }
                for (String term : after.terms()) {
                    termDocuments.merge(term, 1, Integer::sum);
                }
            });
            this.chooser = new KeyChooser(config, next.size(), termDocuments);
        }

        /**
         * Chooses keys again for the changed documents and for those containing a term that became or
         * stopped being distinctive or changed its weight; records the keys whose holders changed.
         *
         * @return the documents whose keys changed, whose related lists must be recomputed
         */
        BitSet rechooseKeys() {
            BitSet rechoose = (BitSet) changed.clone();
            List<String> shifted = termsWithNewCounts();
            if (!shifted.isEmpty()) {
                for (int slot = 0; slot < next.size(); slot++) {
                    DocumentTerms documentTerms = terms.get(slot);
                    if (shifted.stream().anyMatch(documentTerms::contains)) {
                        rechoose.set(slot);
                    }
                }
            }
            BitSet dirty = (BitSet) changed.clone();
            rechoose.stream().forEach(slot -> {
                List<String> before = keys.get(slot);
                List<String> after = chooser.keysOf(next.get(slot), terms.get(slot));
                if (!after.equals(before)) {
                    keys.set(slot, after);
                    dirty.set(slot);
                    Set<String> kept = new HashSet<>(after);
                    before.stream().filter(key -> !kept.contains(key)).forEach(key -> moveHolder(key, slot, false));
                    Set<String> had = new HashSet<>(before);
                    after.stream().filter(key -> !had.contains(key)).forEach(key -> moveHolder(key, slot, true));
                }
            });
            return dirty;
        }

        /** Terms whose document count changed while distinctive before or after: they may change key choices. */
        private List<String> termsWithNewCounts() {
            KeyChooser before = RelatedIndex.this.chooser;
            Set<String> candidates = new LinkedHashSet<>();
            changed.stream().forEach(slot -> {
                candidates.addAll(Arrays.asList(RelatedIndex.this.terms.get(slot).terms()));
                candidates.addAll(Arrays.asList(terms.get(slot).terms()));
            });
            return candidates.stream()
                    .filter(term -> !Objects.equals(before.termDocuments().get(term), chooser.termDocuments().get(term)))
                    .filter(term -> before.distinctive(before.termDocuments().get(term))
                            || chooser.distinctive(chooser.termDocuments().get(term)))
                    .toList();
        }

        private void moveHolder(String key, int slot, boolean add) {
            int[] before = keyHolders.getOrDefault(key, new int[0]);
            holdersBefore.putIfAbsent(key, before);
            int[] after = add ? IntStream.concat(Arrays.stream(before), IntStream.of(slot)).sorted().toArray()
                    : Arrays.stream(before).filter(holder -> holder != slot).toArray();
            if (after.length == 0) {
                keyHolders.remove(key);
            } else {
                keyHolders.put(key, after);
            }
        }

        /** Marks the holders, before and after, of every scored key whose holders changed: its weight changed. */
        void holdersOfChangedKeys(BitSet dirty) {
            holdersBefore.forEach((key, before) -> {
                int[] after = keyHolders.getOrDefault(key, new int[0]);
                if (chooser.scored(before.length) || chooser.scored(after.length)) {
                    Arrays.stream(before).forEach(dirty::set);
                    Arrays.stream(after).forEach(dirty::set);
                }
            });
        }

        /** Marks every document sharing a scored key with {@code slot}, before or after the edit. */
        void holdersOfKeys(int slot, BitSet dirty) {
            for (List<String> slotKeys : List.of(RelatedIndex.this.keys.get(slot), keys.get(slot))) {
                for (String key : slotKeys) {
                    for (Map<String, int[]> holders : List.of(RelatedIndex.this.keyHolders, keyHolders)) {
                        int[] holding = holders.getOrDefault(key, new int[0]);
                        if (chooser.scored(holding.length)) {
                            Arrays.stream(holding).forEach(dirty::set);
                        }
                    }
                }
            }
        }
    }

    private boolean sameIds(List<RelatedDocument> next) {
        if (next.size() != documents.size()) {
            return false;
        }
        Set<String> seen = new HashSet<>();
        return next.stream().allMatch(document -> slots.containsKey(document.id()) && seen.add(document.id()));
    }

    private DocumentTerms termsIfSameText(RelatedDocument document) {
        Integer slot = slots.get(document.id());
        return slot != null && documents.get(slot).text().equals(document.text()) ? terms.get(slot) : null;
    }

    private static int[] tieRanks(List<RelatedDocument> documents) {
        Integer[] order = IntStream.range(0, documents.size()).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingLong((Integer i) -> -documents.get(i).date())
                .thenComparing(i -> documents.get(i).id()));
        int[] rank = new int[order.length];
        for (int position = 0; position < order.length; position++) {
            rank[order[position]] = position;
        }
        return rank;
    }

    private List<String> relatedOf(int self, ScoreBoard board) {
        int count = documents.size();
        RelatedDocument document = documents.get(self);
        for (String key : keys.get(self)) {
            int[] holders = keyHolders.get(key);
            if (!chooser.scored(holders.length)) {
                continue;
            }
            double contribution = chooser.weightOf(key) * KeyChooser.idf(count, holders.length);
            for (int other : holders) {
                if (other != self && (document.promotional() || !documents.get(other).promotional())) {
                    board.add(other, contribution);
                }
            }
        }
        LinkedHashSet<String> result = new LinkedHashSet<>();
        for (String pinned : document.pinned()) {
            if (slots.containsKey(pinned) && !pinned.equals(document.id())) {
                result.add(pinned);
            }
        }
        for (int i : board.takeBest(config.maxRelated() + result.size(), tieRank)) {
            result.add(documents.get(i).id());
        }
        return result.stream().limit(Math.max(config.maxRelated(), document.pinned().size())).toList();
    }
}
