package kiosk.site.bake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import kiosk.catalog.Catalog;
import kiosk.catalog.CatalogBuilder;
import kiosk.content.Article;
import kiosk.content.load.LoadResult;
import kiosk.live.ContentSource;
import kiosk.testing.ContentFolder;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Editing a series, collection or special edition file re-renders only the pages that show what
 * changed: the list of pages an update renders is exactly those. Catalogs are built as {@code kiosk serve}
 * builds them on a reload, each from the one before.
 */
class StructuresUpdateTest {

    /** 2026-11-25 12:00 in Tokyo. */
    private static final Instant NOW = Instant.parse("2026-11-25T03:00:00Z");

    private static final String SERIES = """
            title: %s
            description: %s
            seasons:
              - {number: 1, title: 海辺の町へ, start: 2026-10-01, end: 2026-10-31}
            """;
    private static final String SPECIAL = """
            title: 別冊 日本の城
            kind: bessatsu
            cover: {src: https://img.example.jp/shiro.jpg, alt: 表紙}
            onSale: 2026-11-10
            price: %d
            isbn: 978-3-16-148410-0
            """;

    @TempDir
    Path temp;

    private ContentFolder content;
    private ContentSource source;
    private final CatalogBuilder builder = new CatalogBuilder();
    private Catalog previous;
    private SiteBaker baker;
    private Path out;

    @BeforeEach
    void bake() {
        content = ContentFolder.create(temp)
                .write("series/saihakken.yaml", SERIES.formatted("日本再発見", "紀行ルポ。"))
                .write("collections/picks.yaml", "title: 編集部のおすすめ\narticles: [s1-p1, other, s1-p2]\n")
                .write("collections/pinned.yaml", "title: 注目\npinned: true\narticles: [other]\n")
                .write("specials/shiro.yaml", SPECIAL.formatted(1320));
        part("s1-p1", "2026-10-06T06:00:00+09:00", 1);
        part("s1-p2", "2026-10-13T06:00:00+09:00", 2);
        content.article("other", "2026-11-20T09:00:00+09:00");
        source = new ContentSource(content.root());
        out = temp.resolve("out");
        baker = new SiteBaker(Path.of("site"), content.root().resolve("media"), out);
        baker.bake(catalog(NOW));
    }

    private void part(String slug, String date, int part) {
        content.articleWith(slug, date, "series: {slug: saihakken, season: 1, part: %d}".formatted(part));
    }

    /** The next catalog as {@code kiosk serve} builds it: files read through one source, from the previous catalog. */
    private Catalog catalog(Instant now) {
        LoadResult result = source.load();
        assertThat(result.hasErrors()).as("%s", result.problems()).isFalse();
        previous = builder.published(result.content(), now, previous);
        return previous;
    }

    @Test
    void seriesDescriptionEdited_rendersTheSeriesPagesAndFeedOnly() {
        content.write("series/saihakken.yaml", SERIES.formatted("日本再発見", "土地の記憶を訪ねる紀行ルポ。"));

        BakeReport report = baker.update(catalog(NOW));

        assertThat(report.renderedPages()).containsExactlyInAnyOrder(
                "series/saihakken/index.html", "series/index.html", "series/saihakken/feed.xml");
    }

    @Test
    void seriesRetitled_rendersItsPartsPagesToo() throws IOException {
        content.write("series/saihakken.yaml", SERIES.formatted("ニッポン再発見", "紀行ルポ。"));

        BakeReport report = baker.update(catalog(NOW));

        assertThat(report.renderedPages()).containsExactlyInAnyOrder(
                "series/saihakken/index.html", "series/index.html", "series/saihakken/feed.xml",
                "articles/s1-p1/index.html", "articles/s1-p2/index.html");
        assertThat(Jsoup.parse(Files.readString(out.resolve("articles/s1-p2/index.html"))).select(".series-box a").first()
                .text()).isEqualTo("ニッポン再発見");
    }

    @Test
    void collectionReordered_rendersTheCollectionPageOnly() {
        content.write("collections/picks.yaml", "title: 編集部のおすすめ\narticles: [other, s1-p1, s1-p2]\n");

        BakeReport report = baker.update(catalog(NOW));

        assertThat(report.renderedPages()).containsExactly("collections/picks/index.html");
    }

    @Test
    void pinnedCollectionRetitled_rendersWhatPromotesIt() {
        content.write("collections/pinned.yaml", "title: 今週の注目\npinned: true\narticles: [other]\n");

        Catalog catalog = catalog(NOW);
        BakeReport report = baker.update(catalog);

        List<String> expected = new ArrayList<>(List.of("index.html", "collections/index.html",
                "collections/pinned/index.html", "collections/pinned/feed.xml"));
        catalog.articles().forEach(article -> expected.add(Location.of(article.url()).file()));
        assertThat(report.renderedPages()).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void specialRepriced_rendersTheSpecialPagesOnly() throws IOException {
        content.write("specials/shiro.yaml", SPECIAL.formatted(1430));

        BakeReport report = baker.update(catalog(NOW));

        assertThat(report.renderedPages()).containsExactlyInAnyOrder("specials/shiro/index.html", "specials/index.html");
        assertThat(Files.readString(out.resolve("specials/shiro/index.html"))).contains("1,430円（税込）");
    }

    @Test
    void scheduledPartDue_appearsOnItsSeriesPageAndAfterThePartBefore() throws IOException {
        part("s1-p3", "2026-12-01T06:00:00+09:00", 3);
        BakeReport before = baker.update(catalog(NOW));
        assertThat(before.renderedPages()).isEmpty();
        assertThat(Files.exists(out.resolve("articles/s1-p3"))).isFalse();

        Catalog later = catalog(Instant.parse("2026-12-01T00:00:00Z"));
        BakeReport report = baker.update(later);

        assertThat(report.renderedPages()).contains("articles/s1-p3/index.html", "articles/s1-p2/index.html",
                "series/saihakken/index.html", "series/saihakken/feed.xml", "sections/world/index.html");
        assertThat(report.renderedPages()).doesNotContain("articles/s1-p1/index.html", "specials/shiro/index.html");
        assertThat(Jsoup.parse(Files.readString(out.resolve("articles/s1-p2/index.html"))).select(".series-next a")
                .attr("href")).isEqualTo("/articles/s1-p3/");
        assertThat(Jsoup.parse(Files.readString(out.resolve("series/saihakken/index.html"))).select(".series-part-label")
                .eachText()).containsExactly("第1回", "第2回", "第3回");
        assertThat(later.articles()).extracting(Article::slug).contains("s1-p3");
    }
}
