package kiosk.related;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** An updated index gives exactly what a full build of the edited corpus gives, edit after edit. */
class RelatedIndexUpdateTest {

    /** Few characters, so texts share many terms and edits move terms across the distinctiveness limits. */
    private static final String KANJI = "半導体輸出規制協議枠組米中政府市場金融円相場物価上昇月面探査機着陸";
    private static final RelatedConfig CONFIG = RelatedConfig.defaults();

    private final List<RelatedDocument> corpus = new ArrayList<>();
    private Random random;
    private int nextId;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void update_randomEdits_sameAsFullBuild(long seed) {
        random = new Random(seed);
        for (int i = 0; i < 300; i++) {
            corpus.add(newDocument());
        }
        RelatedIndex index = RelatedIndex.build(corpus, CONFIG);
        for (int round = 0; round < 60; round++) {
            edit();
            if (random.nextInt(4) == 0) {
                Collections.shuffle(corpus, random); // a changed date reorders the catalog's list
            }
            index = index.update(List.copyOf(corpus));
            RelatedIndex full = RelatedIndex.build(corpus, CONFIG);
            for (RelatedDocument document : corpus) {
                assertThat(index.relatedTo(document.id())).as("round %d, %s", round, document.id())
                        .isEqualTo(full.relatedTo(document.id()));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {6, 7})
    void update_nothingChanged_keepsTheIndex(long seed) {
        random = new Random(seed);
        for (int i = 0; i < 50; i++) {
            corpus.add(newDocument());
        }
        RelatedIndex index = RelatedIndex.build(corpus, CONFIG);

        assertThat(index.update(new ArrayList<>(corpus))).isSameAs(index);
    }

    private void edit() {
        int at = random.nextInt(corpus.size());
        RelatedDocument before = corpus.get(at);
        boolean promotional = before.promotional();
        switch (random.nextInt(8)) {
            case 0 -> corpus.set(at, new RelatedDocument(before.id(), before.date(), before.pinned(), before.keywords(),
                    text(4) + "\n" + before.text().substring(before.text().indexOf('\n') + 1), promotional));
            case 1 -> corpus.set(at, new RelatedDocument(before.id(), before.date(), before.pinned(),
                    before.keywords(), text(30), promotional));
            case 2 -> corpus.set(at, new RelatedDocument(before.id(), before.date(), before.pinned(), keywords(),
                    before.text(), promotional));
            case 3 -> corpus.set(at, new RelatedDocument(before.id(), random.nextInt(20), before.pinned(),
                    before.keywords(), before.text(), promotional));
            case 4 -> corpus.set(at, new RelatedDocument(before.id(), before.date(),
                    List.of(corpus.get(random.nextInt(corpus.size())).id()), before.keywords(), before.text(), promotional));
            case 5 -> corpus.set(at, new RelatedDocument(before.id(), before.date(), before.pinned(), before.keywords(),
                    before.text(), !promotional));
            case 6 -> corpus.add(newDocument());
            default -> corpus.remove(at);
        }
    }

    /** One in eight is promotional, which only promotional documents are offered. */
    private RelatedDocument newDocument() {
        return new RelatedDocument("d" + nextId++, random.nextInt(20), List.of(), keywords(), text(4) + "\n" + text(30),
                random.nextInt(8) == 0);
    }

    private Map<String, Set<String>> keywords() {
        Set<String> tags = new HashSet<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            tags.add("tag" + (int) Math.pow(random.nextInt(30), 1.5)); // some tags far more common than others
        }
        return Map.of("tags", tags, "section", Set.of("s" + random.nextInt(5)));
    }

    private String text(int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(KANJI.charAt(random.nextInt(KANJI.length())));
            if (random.nextInt(8) == 0) {
                text.append('の');
            }
        }
        return text.toString();
    }
}
