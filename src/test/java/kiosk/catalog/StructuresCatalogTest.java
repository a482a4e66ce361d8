package kiosk.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import kiosk.content.Article;
import kiosk.content.Content;
import kiosk.content.Series;
import kiosk.content.SpecialEdition;
import kiosk.content.TopicCollection;
import kiosk.content.load.LoadResult;
import kiosk.testing.ContentFolder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Series, topic collections and special editions as a catalog shows them, published or previewed. */
class StructuresCatalogTest {

    /** 2026-11-25 12:00 in Tokyo. */
    private static final Instant NOW = Instant.parse("2026-11-25T03:00:00Z");

    @TempDir
    Path temp;

    private ContentFolder folder;
    private final CatalogBuilder builder = new CatalogBuilder();

    @BeforeEach
    void setUp() {
        folder = ContentFolder.create(temp).seriesInTwoSeasons("saihakken");
    }

    private ContentFolder part(String slug, String date, int season, int part, String extra) {
        return folder.articleWith(slug, date, "series: {slug: saihakken, season: %d, part: %d}\n%s".formatted(season, part, extra));
    }

    private Content content() {
        LoadResult result = folder.load();
        assertThat(result.hasErrors()).as("%s", result.problems()).isFalse();
        return result.content();
    }

    @Test
    void series_draftAndScheduledParts_areSkippedUntilPublished() {
        part("s1-p1", "2026-11-01T09:00:00+09:00", 1, 1, "");
        part("s1-p2", "2026-11-10T09:00:00+09:00", 1, 2, "draft: true");
        part("s2-p1", "2026-11-20T09:00:00+09:00", 2, 1, "");
        part("s2-p2", "2026-12-01T09:00:00+09:00", 2, 2, "");
        Content content = content();

        Catalog now = builder.published(content, NOW);
        assertThat(now.articlesInSeries("saihakken")).extracting(Article::slug).containsExactly("s1-p1", "s2-p1");
        Article first = now.article("s1-p1").orElseThrow();
        Article latest = now.article("s2-p1").orElseThrow();
        assertThat(now.nextPart(first)).contains(latest);
        assertThat(now.previousPart(latest)).contains(first);
        assertThat(now.nextPart(latest)).isEmpty();
        assertThat(now.article("s2-p2")).isEmpty();
        assertThat(now.nextScheduled()).contains(OffsetDateTime.parse("2026-12-01T09:00:00+09:00").toInstant());

        Catalog later = builder.published(content, Instant.parse("2026-12-02T00:00:00Z"), now);
        assertThat(later.nextPart(later.article("s2-p1").orElseThrow())).map(Article::slug).contains("s2-p2");
        assertThat(builder.preview(content, NOW).articlesInSeries("saihakken")).extracting(Article::slug)
                .containsExactly("s1-p1", "s1-p2", "s2-p1", "s2-p2");
    }

    @Test
    void series_withoutAPublishedPart_isHiddenButPreviewed() {
        part("s1-p1", "2026-12-01T09:00:00+09:00", 1, 1, "");
        Content content = content();

        assertThat(builder.published(content, NOW).series()).isEmpty();
        assertThat(builder.published(content, NOW).series("saihakken")).isEmpty();
        assertThat(builder.preview(content, NOW).series()).extracting(Series::slug).containsExactly("saihakken");
    }

    @Test
    void sponsoredSeries_makesEveryPartSponsored_andAnArticlesOwnSponsorWins() {
        folder.write("series/kurashi.yaml", """
                title: 未来の暮らし
                sponsor:
                  name: ひだまり住研株式会社
                  url: https://hidamari.example.jp/
                """)
                .article("paid-1", """
                        title: 提供記事
                        date: 2026-11-20T09:00:00+09:00
                        section: business
                        authors: [sato]
                        summary: 要約。
                        series: {slug: kurashi, part: 1}
                        """, "本文")
                .article("own-sponsor", """
                        title: 単発の提供記事
                        date: 2026-11-21T09:00:00+09:00
                        section: business
                        authors: [sato]
                        summary: 要約。
                        sponsored: {by: 架空飲料株式会社}
                        """, "本文");
        Catalog catalog = builder.published(content(), NOW);

        Article paid = catalog.article("paid-1").orElseThrow();
        assertThat(paid.sponsor().name()).isEqualTo("ひだまり住研株式会社");
        assertThat(paid.sponsor().url()).isEqualTo("https://hidamari.example.jp/");
        assertThat(paid.series().season()).isEqualTo(1);
        assertThat(catalog.article("own-sponsor").orElseThrow().sponsor().name()).isEqualTo("架空飲料株式会社");
        assertThat(catalog.series("kurashi").orElseThrow().sponsor()).isNotNull();
    }

    @Test
    void collection_chosenArticlesInTheEditorsOrder_thenTheRulesNewestFirst() {
        folder.article("old", "2026-11-01T09:00:00+09:00")
                .article("middle", "2026-11-10T09:00:00+09:00")
                .article("new", "2026-11-20T09:00:00+09:00")
                .article("secret", """
                        title: 下書き
                        date: 2026-11-02
                        section: world
                        authors: [sato]
                        tags: [外交]
                        summary: 要約。
                        draft: true
                        """, "本文")
                .article("advert", """
                        title: 広告
                        date: 2026-11-21T09:00:00+09:00
                        section: world
                        authors: [sato]
                        tags: [外交]
                        summary: 要約。
                        sponsored: {by: 架空商事}
                        """, "本文")
                .article("business", """
                        title: 経済
                        date: 2026-11-22T09:00:00+09:00
                        section: business
                        authors: [sato]
                        tags: [外交]
                        summary: 要約。
                        """, "本文")
                .write("collections/diplomacy.yaml", """
                        title: 外交まとめ
                        articles: [middle, secret, old]
                        rule:
                          tagsAny: [外交]
                          section: world
                          from: 2026-11-05
                        """)
                .write("collections/pinned.yaml", """
                        title: 注目
                        pinned: true
                        articles: [old]
                        """)
                .write("collections/drafts-only.yaml", """
                        title: 未公開
                        articles: [secret]
                        """);
        Catalog catalog = builder.published(content(), NOW);

        assertThat(catalog.articlesInCollection("diplomacy")).extracting(Article::slug)
                .containsExactly("middle", "old", "new");
        assertThat(catalog.collections()).extracting(TopicCollection::slug).containsExactly("pinned", "diplomacy");
        assertThat(catalog.collection("drafts-only")).isEmpty();
        assertThat(catalog.collectionsOf(catalog.article("old").orElseThrow())).extracting(TopicCollection::slug)
                .containsExactly("pinned", "diplomacy");
        assertThat(builder.preview(content(), NOW).articlesInCollection("drafts-only")).extracting(Article::slug)
                .containsExactly("secret");
    }

    @Test
    void special_isHiddenUntilItsOnSaleDayInTheSitesTimeZone_thenOnSaleUntilItsLastDay() {
        folder.special("shiro", "2026-11-26", "offSale: 2026-12-31");
        Content content = content();
        Instant midnightInTokyo = Instant.parse("2026-11-25T15:00:00Z");

        Catalog before = builder.published(content, NOW);
        assertThat(before.specials()).isEmpty();
        assertThat(before.special("shiro")).isEmpty();
        assertThat(before.nextScheduled()).contains(midnightInTokyo);
        assertThat(builder.preview(content, NOW).specials()).extracting(SpecialEdition::slug).containsExactly("shiro");

        Catalog onTheDay = builder.published(content, midnightInTokyo);
        assertThat(onTheDay.specialsOnSale()).extracting(SpecialEdition::slug).containsExactly("shiro");
        assertThat(onTheDay.nextScheduled()).contains(Instant.parse("2026-12-31T15:00:00Z"));

        Catalog afterSale = builder.published(content, Instant.parse("2027-01-01T00:00:00Z"));
        assertThat(afterSale.specials()).extracting(SpecialEdition::slug).containsExactly("shiro");
        assertThat(afterSale.specialsOnSale()).isEmpty();
    }

    @Test
    void runningSeries_endsTheDayAfterItsLastSeasonEnds() {
        folder.write("series/saihakken.yaml", """
                title: 日本再発見
                seasons:
                  - number: 1
                    title: 海辺の町へ
                    end: 2026-11-25
                """);
        part("s1-p1", "2026-11-01T09:00:00+09:00", 1, 1, "");
        Content content = content();

        assertThat(builder.published(content, NOW).runningSeries()).extracting(Series::slug).containsExactly("saihakken");
        Catalog nextDay = builder.published(content, Instant.parse("2026-11-25T15:00:00Z"));
        assertThat(nextDay.runningSeries()).isEmpty();
        assertThat(nextDay.series()).extracting(Series::slug).containsExactly("saihakken");
    }
}
