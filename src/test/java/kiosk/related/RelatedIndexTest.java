package kiosk.related;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RelatedIndexTest {

    private static RelatedDocument document(String id, long date, Set<String> tags, String text, String... pinned) {
        return new RelatedDocument(id, date, List.of(pinned), Map.of("tags", tags), text);
    }

    @Test
    void relatedTo_sharedRareTag_outranksSharedCommonTag() {
        List<RelatedDocument> documents = new ArrayList<>();
        documents.add(document("a", 10, Set.of("common", "rare"), ""));
        documents.add(document("b", 9, Set.of("common"), ""));
        documents.add(document("c", 1, Set.of("rare"), ""));
        for (int i = 0; i < 3; i++) {
            documents.add(document("filler-" + i, 0, Set.of("common"), ""));
        }

        List<String> related = RelatedIndex.build(documents, RelatedConfig.defaults()).relatedTo("a");

        assertThat(related).first().isEqualTo("c");
        assertThat(related).doesNotContain("a");
    }

    @Test
    void relatedTo_pinned_comesFirstEvenWithoutSharedKeywords() {
        List<RelatedDocument> documents = List.of(
                document("a", 3, Set.of("x"), "", "z"),
                document("b", 2, Set.of("x"), ""),
                document("z", 1, Set.of("y"), ""),
                document("w", 1, Set.of("y"), ""));

        assertThat(RelatedIndex.build(documents, RelatedConfig.defaults()).relatedTo("a")).containsExactly("z", "b");
    }

    @Test
    void relatedTo_promotionalDocuments_areOfferedOnlyToPromotionalOnesUnlessPinned() {
        List<RelatedDocument> documents = List.of(
                new RelatedDocument("editorial", 3, List.of(), Map.of("tags", Set.of("x")), ""),
                new RelatedDocument("pinning", 3, List.of("ad"), Map.of("tags", Set.of("x")), ""),
                new RelatedDocument("ad", 2, List.of(), Map.of("tags", Set.of("x")), "", true),
                new RelatedDocument("other-ad", 2, List.of(), Map.of("tags", Set.of("x")), "", true),
                document("filler-1", 1, Set.of("y"), ""),
                document("filler-2", 1, Set.of("y"), ""),
                document("filler-3", 1, Set.of("y"), ""),
                document("filler-4", 1, Set.of("y"), ""));

        RelatedIndex index = RelatedIndex.build(documents, RelatedConfig.defaults());

        assertThat(index.relatedTo("editorial")).containsExactly("pinning");
        assertThat(index.relatedTo("pinning")).containsExactly("ad", "editorial");
        assertThat(index.relatedTo("ad")).containsExactly("editorial", "pinning", "other-ad");
    }

    @Test
    void relatedTo_equalScores_newerFirstThenId() {
        List<RelatedDocument> documents = List.of(
                document("a", 5, Set.of("t"), ""),
                document("old", 1, Set.of("t"), ""),
                document("new-b", 4, Set.of("t"), ""),
                document("new-a", 4, Set.of("t"), ""),
                document("other-1", 1, Set.of("u"), ""),
                document("other-2", 1, Set.of("u"), ""),
                document("other-3", 1, Set.of("u"), ""),
                document("other-4", 1, Set.of("u"), ""));

        assertThat(RelatedIndex.build(documents, RelatedConfig.defaults()).relatedTo("a"))
                .containsExactly("new-a", "new-b", "old");
    }

    @Test
    void relatedTo_japaneseText_matchesSharedWordsWithoutSpaces() {
        List<RelatedDocument> documents = List.of(
                document("moon", 1, Set.of(), "月面探査機が着陸に成功した"),
                document("rover", 1, Set.of(), "民間の月面探査車を打ち上げ"),
                document("yen", 1, Set.of(), "円相場が急落し輸入物価が上昇"));

        assertThat(RelatedIndex.build(documents, RelatedConfig.defaults()).relatedTo("moon")).containsExactly("rover");
    }

    @Test
    void textTerms_japaneseAndLatin_areBigramsAndWords() {
        assertThat(TextTerms.of("生成AIの規制")).containsOnlyKeys("生成", "ai", "規制");
        assertThat(TextTerms.of("データセンター")).containsKeys("デー", "ータ", "ター");
    }
}
