package kiosk.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import kiosk.catalog.Catalog;
import kiosk.content.Article;
import kiosk.content.Author;
import kiosk.content.Issue;
import kiosk.content.Section;
import kiosk.content.Tag;
import kiosk.testing.SampleContent;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;

/** The sample magazine, baked: the issue's "done when" list, checked on the output files. */
class SampleSiteTest {

    private static SiteFiles site;
    private static Catalog catalog;

    @BeforeAll
    static void bake() {
        site = new SiteFiles(BakedSample.output());
        catalog = SampleContent.catalog();
    }

    @Test
    void bake_sample_everyPublishedThingHasItsPage() {
        for (Article article : catalog.articles()) {
            Document page = site.html(article.url());
            assertEquals(article.title(), page.selectFirst("h1").text(), article.url());
        }
        for (Section section : catalog.sections()) {
            assertEquals(section.name(), site.html(section.url()).selectFirst("h1").text());
        }
        for (Issue issue : catalog.issues()) {
            assertEquals(issue.title(), site.html(issue.url()).selectFirst("h1").text());
        }
        for (Author author : catalog.authors()) {
            assertEquals(author.name(), site.html(author.url()).selectFirst("h1").text());
        }
        for (Tag tag : catalog.tags()) {
            assertEquals(tag.name(), site.html(tag.url()).selectFirst("h1").text(), tag.url());
            assertTrue(site.root().resolve("tags").resolve(tag.slug()).resolve("index.html").toFile().isFile(),
                    "the folder on disk is the raw slug: " + tag.slug());
        }
        for (String path : List.of("/", "/issues/", "/404.html", "/feed.xml", "/sitemap.xml", "/robots.txt")) {
            assertTrue(site.fileFor(path).isPresent(), path);
        }
        assertTrue(catalog.tags().stream().anyMatch(tag -> !tag.slug().matches("[a-z0-9-]+")),
                "the sample has a tag with a Japanese name, whose URL this test covers");
    }

    @Test
    void bake_sample_sectionPagesArePaginatedNewestFirst() {
        int pageSize = catalog.site().pageSize();
        Section largest = catalog.sections().stream()
                .max((a, b) -> catalog.articlesInSection(a.slug()).size() - catalog.articlesInSection(b.slug()).size())
                .orElseThrow();
        List<Article> articles = catalog.articlesInSection(largest.slug());
        int pages = (articles.size() + pageSize - 1) / pageSize;
        List<String> listed = new ArrayList<>();
        for (int number = 1; number <= pages; number++) {
            String url = number == 1 ? largest.url() : largest.url() + "page/" + number + "/";
            site.html(url).select(".list .card-title a").forEach(link -> listed.add(link.attr("href")));
        }
        assertEquals(articles.stream().map(Article::url).toList(), listed);
        assertFalse(site.fileFor(largest.url() + "page/" + (pages + 1) + "/").isPresent());
    }

    @Test
    void bake_sample_noUnpublishedArticleAppearsAnywhere() {
        Set<String> published = catalog.articles().stream().map(Article::slug).collect(Collectors.toSet());
        List<Article> unpublished = SampleContent.load().content().articles().stream()
                .filter(article -> !published.contains(article.slug())).toList();
        assertFalse(unpublished.isEmpty(), "the sample has drafts and scheduled articles");
        List<Path> files = new ArrayList<>(site.files(".html"));
        files.addAll(site.files(".xml"));
        for (Path file : files) {
            String text = site.text(file);
            for (Article article : unpublished) {
                assertFalse(text.contains("/articles/" + article.slug() + "/"), file + " links to " + article.slug());
                assertFalse(text.contains(article.title()), file + " shows the title of " + article.slug());
            }
        }
        unpublished.forEach(article -> assertFalse(site.fileFor(article.url()).isPresent(), article.url()));
    }

    @Test
    void bake_sample_everyInternalLinkAndAssetResolves() {
        URI base = catalog.site().baseUrl();
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (Path file : site.files(".html")) {
            Document page = site.parse(file);
            for (Element element : page.select("a[href], link[href], img[src], script[src], source[srcset]")) {
                String attribute = element.hasAttr("href") ? "href" : "src";
                URI target = URI.create(element.absUrl(attribute));
                String path;
                if ("site.test".equals(target.getHost())) {
                    path = target.getRawPath();
                } else if (base.getHost().equals(target.getHost())) {
                    path = target.getRawPath();
                } else {
                    continue;
                }
                checked++;
                if (site.fileFor(path).isEmpty()) {
                    broken.add(site.sitePath(file) + " -> " + element.attr(attribute));
                }
            }
        }
        assertTrue(broken.isEmpty(), "broken links: " + broken);
        assertTrue(checked > 1000, "checked " + checked + " links");
    }

    @Test
    void bake_sample_articlePagesLinkExactlyTheRelatedArticlesOfTheApi() {
        for (Article article : catalog.articles()) {
            List<String> expected = catalog.related(article.slug()).stream().limit(5).map(Article::url).toList();
            List<String> linked = site.html(article.url()).select(".related .card-title a").stream()
                    .map(link -> link.attr("href")).toList();
            assertEquals(expected, linked, article.slug());
        }
    }

    @Test
    void bake_sample_articlePageShowsWhatReadersNeed() {
        Article article = catalog.articles().stream()
                .filter(candidate -> candidate.image() != null && candidate.issue() != null && candidate.updated() != null)
                .findFirst().orElseThrow();
        Document page = site.html(article.url());
        assertEquals(catalog.site().language(), page.selectFirst("html").attr("lang"));
        assertEquals(catalog.site().absoluteUrl(article.url()), page.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals("article", page.selectFirst("meta[property=og:type]").attr("content"));
        assertTrue(page.selectFirst("script[type=application/ld+json]").data().contains("\"@type\":\"NewsArticle\""));
        assertEquals(article.authors().stream().map(Author::url).toList(),
                page.select(".byline a[rel=author]").stream().map(link -> link.attr("href")).toList());
        OffsetDateTime shown = OffsetDateTime.parse(page.selectFirst(".article-dates time").attr("datetime"));
        assertEquals(article.date().toInstant(), shown.toInstant());
        assertEquals(catalog.site().timeZone().getRules().getOffset(shown.toInstant()), shown.getOffset(),
                "in the site's time zone");
        Element photo = page.selectFirst(".lead-photo img");
        assertEquals(String.valueOf(article.image().width()), photo.attr("width"));
        assertTrue(page.selectFirst(".lead-photo figcaption").text().contains(article.image().credit()));
        assertEquals(article.issue().url(), page.selectFirst(".ran-in a").attr("href"));
        assertEquals(article.tags().stream().map(Tag::url).toList(),
                page.select(".tags a").stream().map(link -> link.attr("href")).toList());
    }

    @Test
    void bake_sample_feedsAndSitemapParseAsXmlAndListTheRightUrls() throws Exception {
        List<String> latest = catalog.articles().stream().limit(20)
                .map(article -> catalog.site().absoluteUrl(article.url())).toList();
        assertEquals(latest, xmlValues("/feed.xml", "id").subList(1, latest.size() + 1));
        for (Section section : catalog.sections()) {
            List<String> expected = catalog.articlesInSection(section.slug()).stream().limit(20)
                    .map(article -> catalog.site().absoluteUrl(article.url())).toList();
            List<String> ids = xmlValues(section.url() + "feed.xml", "id");
            assertEquals(expected, ids.subList(1, ids.size()), section.slug());
        }
        Set<String> sitemap = new HashSet<>(xmlValues("/sitemap.xml", "loc"));
        Set<String> expected = new HashSet<>();
        for (Path file : site.files(".html")) {
            String path = site.sitePath(file);
            if (!path.equals("/404.html")) {
                expected.add(catalog.site().absoluteUrl(site.parse(file).selectFirst("link[rel=canonical]").attr("href")
                        .substring(catalog.site().baseUrl().toString().length() - 1)));
            }
        }
        assertEquals(expected, sitemap);
        catalog.articles().forEach(article -> assertTrue(sitemap.contains(catalog.site().absoluteUrl(article.url()))));
        catalog.tags().forEach(tag -> assertTrue(sitemap.contains(catalog.site().absoluteUrl(tag.url())), tag.url()));
        assertTrue(site.text(site.fileFor("/robots.txt").orElseThrow())
                .contains("Sitemap: " + catalog.site().absoluteUrl("/sitemap.xml")));
    }

    /** The text of every element with that name, parsed by the JDK's strict XML parser. */
    private static List<String> xmlValues(String sitePath, String element) throws Exception {
        Path file = site.fileFor(sitePath).orElseThrow();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        NodeList nodes = factory.newDocumentBuilder().parse(file.toFile()).getElementsByTagNameNS("*", element);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            values.add(nodes.item(i).getTextContent());
        }
        return values;
    }
}
