package kiosk.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import kiosk.api.http.TestServer;
import kiosk.catalog.Catalog;
import kiosk.content.Article;
import kiosk.content.Series;
import kiosk.content.SpecialEdition;
import kiosk.content.TopicCollection;
import kiosk.site.bake.MostRead;
import kiosk.site.bake.SiteBaker;
import kiosk.testing.SampleContent;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;

/**
 * The sample magazine's series, topic collections, special editions and sponsored articles, baked:
 * their pages, feeds, structured data and sitemap entries, and the 「PR」 label on every surface that
 * shows a sponsored article.
 */
class StructurePagesTest {

    private static SiteFiles site;
    private static Catalog catalog;

    @BeforeAll
    static void bake() {
        site = new SiteFiles(BakedSample.output());
        catalog = SampleContent.catalog();
    }

    private static JsonNode jsonLd(Document page) {
        return TestServer.tree(page.selectFirst("script[type=application/ld+json]").data());
    }

    @Test
    void bake_sample_everySeriesCollectionAndSpecialHasItsPageInItsIndexAndTheSitemap() {
        String sitemap = site.text(site.fileFor("/sitemap.xml").orElseThrow());
        List<String> pages = new ArrayList<>();
        catalog.series().forEach(series -> pages.add(series.url()));
        catalog.collections().forEach(collection -> pages.add(collection.url()));
        catalog.specials().forEach(special -> pages.add(special.url()));
        for (Series series : catalog.series()) {
            assertThat(site.html(series.url()).selectFirst("h1").text()).isEqualTo(series.title());
        }
        for (TopicCollection collection : catalog.collections()) {
            assertThat(site.html(collection.url()).selectFirst("h1").text()).isEqualTo(collection.title());
        }
        for (SpecialEdition special : catalog.specials()) {
            assertThat(site.html(special.url()).selectFirst("h1").text()).isEqualTo(special.title());
        }
        assertThat(links(site.html("/series/"), ".card-title a")).containsExactlyElementsOf(
                catalog.series().stream().map(Series::url).toList());
        assertThat(links(site.html("/collections/"), ".card-title a")).containsExactlyElementsOf(
                catalog.collections().stream().map(TopicCollection::url).toList());
        assertThat(links(site.html("/specials/"), ".special-title a")).containsExactlyElementsOf(
                catalog.specials().stream().map(SpecialEdition::url).toList());
        pages.addAll(List.of("/series/", "/collections/", "/specials/"));
        for (String page : pages) {
            assertThat(sitemap).contains("<loc>" + catalog.site().absoluteUrl(page) + "</loc>");
        }
        assertThat(links(site.html("/"), ".site-footer a")).contains("/series/", "/collections/", "/specials/");
    }

    private static List<String> links(Document page, String selector) {
        return page.select(selector).eachAttr("href");
    }

    @Test
    void seriesPage_seasonsAsChaptersWithTheirPartsInOrder() {
        Document page = site.html("/series/nihon-saihakken/");

        assertThat(page.select(".series-chapter h2").eachText()).containsExactly(
                "シーズン1　海辺の町へ 2026年10月1日〜2026年10月31日", "シーズン2　山あいの暮らし 2026年11月1日〜");
        assertThat(page.select(".series-part-label").eachText()).containsExactly("第1回", "第2回", "第3回", "第1回", "第2回");
        assertThat(links(page, ".series-part .card-title a")).containsExactlyElementsOf(
                catalog.articlesInSeries("nihon-saihakken").stream().map(Article::url).toList());
        assertThat(page.select(".sponsor-notice")).isEmpty();
        JsonNode data = jsonLd(page);
        assertThat(data.get("@type").asText()).isEqualTo("CreativeWorkSeries");
        assertThat(data.get("name").asText()).isEqualTo("日本再発見");
        assertThat(data.get("hasPart")).hasSize(5);
        assertThat(page.select("link[rel=alternate][type=application/atom+xml]").eachAttr("href"))
                .contains("/series/nihon-saihakken/feed.xml");
    }

    @Test
    void articlePage_inASeries_saysWhichPartItIsWithThePartsBeforeAndAfter() {
        Document page = site.html("/articles/saihakken-shiiba/");

        assertThat(page.selectFirst(".series-box-place").text()).isEqualTo("シーズン2　山あいの暮らし 第1回");
        assertThat(page.selectFirst(".series-box-title a").attr("href")).isEqualTo("/series/nihon-saihakken/");
        assertThat(page.selectFirst(".series-previous a").attr("href")).isEqualTo("/articles/saihakken-amakusa/");
        assertThat(page.selectFirst(".series-next a").attr("href")).isEqualTo("/articles/saihakken-okutama/");
        assertThat(jsonLd(page).at("/isPartOf/@type").asText()).isEqualTo("CreativeWorkSeries");
        assertThat(site.html("/articles/saihakken-okutama/").select(".series-next")).isEmpty();
    }

    @Test
    void specialPages_onSaleWithPriceCodesContentsAndStructuredData() {
        Document mook = site.html("/specials/handotai-no-subete-2027/");
        Document bessatsu = site.html("/specials/saihakken-umibe/");

        assertThat(mook.selectFirst(".on-sale").text()).isEqualTo("好評発売中");
        assertThat(mook.select(".special-facts dd").eachText()).contains("1,650円（税込）", "978-4-910000-27-5");
        assertThat(jsonLd(mook).get("@type").asText()).isEqualTo("Book");
        assertThat(jsonLd(mook).get("isbn").asText()).isEqualTo("9784910000275");
        assertThat(jsonLd(mook).at("/offers/availability").asText()).isEqualTo("https://schema.org/InStock");
        assertThat(jsonLd(bessatsu).get("@type").asText()).isEqualTo("Product");
        assertThat(jsonLd(bessatsu).get("gtin").asText()).isEqualTo("4910123451107");
        assertThat(jsonLd(bessatsu).at("/offers/price").asInt()).isEqualTo(990);
        assertThat(links(bessatsu, ".special-contents a")).containsExactly("/articles/saihakken-ine-funaya/",
                "/articles/saihakken-manazuru/", "/articles/saihakken-amakusa/");
        assertThat(bessatsu.select(".special-contents li")).hasSize(6);
        assertThat(links(bessatsu, ".special-purchase a")).allSatisfy(url -> assertThat(url).startsWith("https://"));
        assertThat(bessatsu.select(".special-kind-label").text()).isEqualTo("別冊");
    }

    @Test
    void collectionPage_articlesInTheCollectionsOrderWithItsFeed() {
        Document page = site.html("/collections/shuinsen-2026/");

        assertThat(links(page, ".list .card-title a")).containsExactlyElementsOf(
                catalog.articlesInCollection("shuinsen-2026").stream().map(Article::url).toList());
        assertThat(jsonLd(page).get("@type").asText()).isEqualTo("CollectionPage");
        assertThat(site.fileFor("/collections/shuinsen-2026/feed.xml")).isPresent();
    }

    @Test
    void homeAndArticlePages_promotePinnedCollectionsRunningSeriesAndSpecialsOnSale() {
        for (String path : List.of("/", "/articles/us-china-chip-export-talks/")) {
            Document page = site.html(path);
            assertThat(links(page, "#promo-collections ~ .promo-item .promo-text a")).as(path)
                    .containsExactly("/collections/shuinsen-2026/", "/collections/us-china/");
            assertThat(links(page, "#promo-series ~ .promo-item .promo-text a")).as(path)
                    .containsExactlyInAnyOrder("/series/nihon-saihakken/", "/series/kurashi-no-mirai/");
            assertThat(links(page, "#promo-specials ~ .promo-item .promo-text a")).as(path)
                    .containsExactly("/specials/handotai-no-subete-2027/", "/specials/saihakken-umibe/");
        }
    }

    @Test
    void sponsoredArticlePage_carriesThePrLabelAndNamesItsSponsor() {
        for (Article article : sponsored()) {
            Document page = site.html(article.url());
            Element notice = page.selectFirst(".article-header .sponsor-notice");
            assertThat(notice).as(article.slug()).isNotNull();
            assertThat(notice.select(".pr-label").text()).isEqualTo("PR");
            assertThat(notice.text()).contains(article.sponsor().name(), "提供による広告");
            assertThat(notice.select("a[rel~=sponsored]").attr("href")).isEqualTo(article.sponsor().url());
            assertThat(page.select(".article-header .kicker .pr-label")).hasSize(1);
            assertThat(jsonLd(page).at("/sponsor/name").asText()).isEqualTo(article.sponsor().name());
        }
        assertThat(site.html("/series/kurashi-no-mirai/").select(".sponsor-notice").text())
                .contains("PR", "ひだまり住研株式会社");
        assertThat(site.html("/articles/us-china-chip-export-talks/").select(".sponsor-notice, .article-header .pr-label"))
                .isEmpty();
    }

    /** Cards, related links and promotions on every page: those of sponsored articles say 「PR」, the others do not. */
    @Test
    void everyCardAndRelatedLinkOnEveryPage_labelsSponsoredArticlesAndOnlyThem() {
        Set<String> sponsoredUrls = sponsored().stream().map(Article::url).collect(Collectors.toSet());
        Map<String, Integer> seen = new HashMap<>(Map.of("sponsored", 0, "editorial", 0));
        for (Path file : site.files(".html")) {
            for (Element card : site.parse(file).select("article.card")) {
                String url = card.selectFirst(".card-title a").attr("href");
                boolean isSponsored = sponsoredUrls.contains(url);
                assertThat(card.select(".pr-label")).as(file + " " + url).hasSize(isSponsored ? 1 : 0);
                assertThat(card.select(".card-sponsor").size()).isEqualTo(isSponsored ? 1 : 0);
                seen.merge(isSponsored ? "sponsored" : "editorial", 1, Integer::sum);
            }
        }
        assertThat(seen.get("sponsored")).as("sponsored cards seen").isGreaterThan(10);
        Document sponsoredPage = site.html("/articles/kurashi-mirai-nisetai/");
        assertThat(sponsoredPage.select(".related .card")).isNotEmpty()
                .allSatisfy(card -> assertThat(sponsoredUrls.contains(card.selectFirst(".card-title a").attr("href")))
                        .isEqualTo(!card.select(".pr-label").isEmpty()));
        Document home = site.html("/");
        assertThat(home.select(".promo-item:has(a[href=/series/kurashi-no-mirai/]) .pr-label")).hasSize(1);
        assertThat(home.select(".promo-item:has(a[href=/series/nihon-saihakken/]) .pr-label")).isEmpty();
    }

    @Test
    void rankingBox_labelsASponsoredArticle(@TempDir Path temp) {
        Article paid = catalog.article("kurashi-mirai-bousai").orElseThrow();
        Article editorial = catalog.articles().get(0);
        new SiteBaker(Path.of("site"), SampleContent.folder().resolve("media"), temp,
                first -> new MostRead.Standings(SampleContent.NOW,
                        Map.of(MostRead.Window.DAY, List.of(paid.slug(), editorial.slug()))))
                .bake(catalog);
        Document home = new SiteFiles(temp).html("/");

        List<Element> places = home.select("[data-period=DAY] li");
        assertThat(places).hasSize(2);
        assertThat(places.get(0).select(".pr-label").text()).isEqualTo("PR");
        assertThat(places.get(1).select(".pr-label")).isEmpty();
    }

    /** Every feed names sponsored entries 「【PR】」 in their title and with a PR category. */
    @Test
    void everyFeed_labelsSponsoredEntries() throws Exception {
        Set<String> sponsoredUrls = sponsored().stream().map(article -> catalog.site().absoluteUrl(article.url()))
                .collect(Collectors.toSet());
        int sponsoredEntries = 0;
        for (Path file : site.files("feed.xml")) {
            org.w3c.dom.Document feed = DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder().parse(file.toFile());
            NodeList entries = feed.getElementsByTagName("entry");
            for (int i = 0; i < entries.getLength(); i++) {
                org.w3c.dom.Element entry = (org.w3c.dom.Element) entries.item(i);
                String id = entry.getElementsByTagName("id").item(0).getTextContent();
                String title = entry.getElementsByTagName("title").item(0).getTextContent();
                boolean hasPrCategory = false;
                NodeList categories = entry.getElementsByTagName("category");
                for (int c = 0; c < categories.getLength(); c++) {
                    hasPrCategory |= "PR".equals(((org.w3c.dom.Element) categories.item(c)).getAttribute("term"));
                }
                boolean isSponsored = sponsoredUrls.contains(id);
                assertThat(title.startsWith("【PR】")).as(file + " " + id).isEqualTo(isSponsored);
                assertThat(hasPrCategory).as(file + " " + id).isEqualTo(isSponsored);
                sponsoredEntries += isSponsored ? 1 : 0;
            }
        }
        assertThat(sponsoredEntries).as("sponsored entries in the site, section and series feeds").isGreaterThanOrEqualTo(8);
        assertThat(site.fileFor("/series/kurashi-no-mirai/feed.xml")).isPresent();
    }

    /** The site's 「あわせて読みたい」 are the first five related articles the API returns, for every article. */
    @Test
    void relatedLinks_sameOnTheSiteAsInTheApi() {
        JsonNode nodes = TestServer.sample().data("{ articles(first: 100) { nodes { path related(first: 5) { path } } } }")
                .at("/articles/nodes");
        assertThat(nodes).hasSize(catalog.articles().size());
        for (JsonNode node : nodes) {
            List<String> api = node.get("related").findValuesAsText("path");
            assertThat(links(site.html(node.get("path").asText()), ".related .card-title a")).as(node.get("path").asText())
                    .isEqualTo(api);
        }
        assertThat(links(site.html("/articles/saihakken-manazuru/"), ".related .card-title a"))
                .startsWith("/articles/saihakken-amakusa/", "/articles/saihakken-ine-funaya/");
    }

    private static List<Article> sponsored() {
        List<Article> sponsored = catalog.articles().stream().filter(Article::isSponsored).toList();
        assertThat(sponsored).hasSize(4);
        return sponsored;
    }
}
