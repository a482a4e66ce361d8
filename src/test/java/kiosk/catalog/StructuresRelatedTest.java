package kiosk.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import kiosk.content.Article;
import kiosk.content.load.LoadResult;
import kiosk.testing.ContentFolder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Related articles and the magazine's structures: a series is a strong signal with the neighbouring
 * parts first, a topic collection a weaker one, and sponsored articles are never offered to the
 * magazine's own articles unless an editor pins them. Titles share no words, so only these signals count.
 */
class StructuresRelatedTest {

    private static final Instant NOW = Instant.parse("2026-11-25T03:00:00Z");

    @TempDir
    Path temp;

    private Catalog catalog;

    @BeforeEach
    void setUp() {
        ContentFolder folder = ContentFolder.create(temp)
                .seriesInTwoSeasons("saihakken")
                .write("collections/pair.yaml", "title: 二本\narticles: [c1, c2]\n");
        article(folder, "s1-p1", 1, "春雨", "series: {slug: saihakken, season: 1, part: 1}");
        article(folder, "s1-p2", 2, "夏空", "series: {slug: saihakken, season: 1, part: 2}\ntags: [旅]");
        article(folder, "s1-p3", 3, "秋風", "series: {slug: saihakken, season: 1, part: 3}");
        article(folder, "s2-p1", 4, "冬晴", "series: {slug: saihakken, season: 2, part: 1}");
        article(folder, "trip", 5, "朝霧", "tags: [旅]");
        article(folder, "ad", 6, "夕凪", "tags: [旅]\nsponsored: {by: 架空旅行株式会社}");
        article(folder, "pinner", 7, "夜長", "tags: [旅]\nrelated: [ad]");
        article(folder, "c1", 8, "白雲", "");
        article(folder, "c2", 9, "青葉", "");
        article(folder, "c3", 10, "紅葉", "");
        article(folder, "f1", 11, "黄砂", "");
        article(folder, "f2", 12, "緑陰", "");
        article(folder, "f3", 13, "星月", "");
        LoadResult result = folder.load();
        assertThat(result.problems()).isEmpty();
        catalog = new CatalogBuilder().published(result.content(), NOW);
    }

    private static void article(ContentFolder folder, String slug, int day, String words, String extra) {
        folder.article(slug, """
                title: %s
                date: 2026-11-%02dT09:00:00+09:00
                section: world
                authors: [sato]
                summary: %s
                %s
                """.formatted(words, day, words, extra), words + "\n");
    }

    private List<String> related(String slug) {
        return catalog.related(slug).stream().map(Article::slug).toList();
    }

    @Test
    void related_seriesPart_nextAndPreviousPartsFirst_thenTheSeriesBeforeASharedTag() {
        assertThat(related("s1-p2")).containsExactly("s1-p3", "s1-p1", "s2-p1", "pinner", "trip");
        assertThat(related("s2-p1")).startsWith("s1-p3", "s1-p2", "s1-p1");
    }

    @Test
    void related_sponsoredArticle_neverOfferedToEditorialUnlessPinned() {
        assertThat(related("trip")).containsExactly("pinner", "s1-p2");
        assertThat(related("pinner")).containsExactly("ad", "trip", "s1-p2");
        assertThat(related("ad")).containsExactly("pinner", "trip", "s1-p2");
    }

    @Test
    void related_sharedCollection_isASignal() {
        assertThat(related("c1")).containsExactly("c2");
        assertThat(related("c3")).isEmpty();
    }
}
