package kiosk.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.xml.parsers.DocumentBuilderFactory;
import kiosk.api.http.ServerOptions;
import kiosk.api.http.TestServer;
import kiosk.catalog.Catalog;
import kiosk.catalog.CatalogBuilder;
import kiosk.content.Article;
import kiosk.content.Tag;
import kiosk.content.check.Problem;
import kiosk.content.load.LoadResult;
import kiosk.site.bake.SiteBaker;
import kiosk.testing.ContentFolder;
import kiosk.testing.SampleContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.InputSource;

/**
 * Everything {@code kiosk check} accepts must bake and serve: content generated to sit at every limit
 * an editor can push (longest slugs, tag names of four-byte characters, tags whose addresses look
 * alike, the most tags, authors and related articles an article may have, the most sections) passes
 * the check, bakes, and every page it makes is served; content just over the limits is refused by
 * the check, each problem at its line.
 */
class HostileContentTest {

    private static final int SLUG_LIMIT = 100;
    private static final int TAG_NAME_LIMIT = 50;
    private static final int PER_ARTICLE_LIMIT = 20;
    private static final int SECTIONS_LIMIT = 50;

    @TempDir
    Path temp;

    private final Random random = new Random(11);

    /** Lowercase ASCII words joined by hyphens, exactly {@code length} characters long. */
    private String slug(int length) {
        StringBuilder slug = new StringBuilder();
        while (slug.length() < length) {
            if (slug.length() > 0 && slug.length() < length - 1 && random.nextInt(6) == 0) {
                slug.append('-');
            }
            slug.append((char) ('a' + random.nextInt(26)));
        }
        return slug.toString();
    }

    private static String yamlList(List<String> items) {
        return items.stream().map(item -> "\"" + item.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .collect(Collectors.joining(", ", "[", "]"));
    }

    /** Tag names an editor might write that are hard on URLs and file names, each with a page of its own. */
    private static List<String> awkwardTags() {
        return List.of("🗞".repeat(TAG_NAME_LIMIT), "漢".repeat(TAG_NAME_LIMIT), "AI", ".NET", "a/b", "100%", "C++",
                "index.html", "feed.xml", "page", " 空白 ", "CON", "Ｗｉｎｄｏｗｓ", "東京/大阪", "速報!", "e=mc²",
                "<script>", "%E5%A4%96", "tag", "x".repeat(TAG_NAME_LIMIT));
    }

    private ContentFolder hostileButAccepted() {
        ContentFolder folder = ContentFolder.create(temp);
        StringBuilder sections = new StringBuilder();
        List<String> sectionSlugs = new ArrayList<>();
        for (int i = 0; i < SECTIONS_LIMIT; i++) {
            String slug = i == 0 ? "world" : i == 1 ? "business" : slug(i == 2 ? SLUG_LIMIT : 8);
            sectionSlugs.add(slug);
            sections.append("- slug: ").append(slug).append("\n  name: \"<b>欄 ").append(i).append(" & 'x'\"\n");
        }
        folder.write("sections.yaml", sections.toString());
        StringBuilder authors = new StringBuilder();
        List<String> authorSlugs = new ArrayList<>();
        for (int i = 0; i < PER_ARTICLE_LIMIT; i++) {
            String slug = i == 0 ? "sato" : slug(i == 1 ? SLUG_LIMIT : 10);
            authorSlugs.add(slug);
            authors.append("- slug: ").append(slug).append("\n  name: \"記者 ").append(i).append(" </script>\"\n");
        }
        folder.write("authors.yaml", authors.toString());
        String issueSlug = slug(SLUG_LIMIT);
        folder.write("issues/" + issueSlug + ".yaml", """
                number: 1
                title: 号
                date: 2026-11-24
                cover:
                  title: 特集
                """);
        List<String> articleSlugs = IntStream.range(0, PER_ARTICLE_LIMIT + 1).mapToObj(i -> slug(i == 0 ? SLUG_LIMIT : 12)).toList();
        List<String> tags = awkwardTags();
        for (int i = 0; i < articleSlugs.size(); i++) {
            String slug = articleSlugs.get(i);
            List<String> related = articleSlugs.stream().filter(other -> !other.equals(slug)).limit(PER_ARTICLE_LIMIT).toList();
            folder.article(slug, """
                    title: "%s"
                    date: 2026-11-%02dT09:00:00+09:00
                    section: %s
                    authors: %s
                    tags: %s
                    issue: %s
                    related: %s
                    summary: "要約 <img src=x onerror=alert(1)> ]]> &amp;"
                    dateline: "%s"
                    """.formatted("見出し <script>&".repeat(200 / 16) + "😀", 1 + i % 24, sectionSlugs.get(i % SECTIONS_LIMIT),
                    yamlList(authorSlugs), yamlList(tags), issueSlug, yamlList(related), "東京".repeat(100)),
                    "本文。\n\n## " + "見出し".repeat(60) + "\n\n[次へ](/articles/" + related.get(0) + "/)\n");
        }
        return folder;
    }

    @Test
    void contentAtEveryLimit_isAcceptedBakedAndServed() throws Exception {
        LoadResult result = hostileButAccepted().load();
        assertThat(result.problems()).filteredOn(Problem::isError).isEmpty();
        Catalog catalog = new CatalogBuilder().published(result.content(), SampleContent.NOW);
        Path out = temp.resolve("out");

        new SiteBaker(Path.of("site"), temp.resolve("content/media"), out).bake(catalog);

        try (TestServer server = TestServer.start(catalog, ServerOptions.defaults(0).withSiteFolder(out))) {
            List<String> pages = new ArrayList<>();
            catalog.articles().stream().map(Article::url).forEach(pages::add);
            catalog.tags().stream().map(Tag::url).forEach(pages::add);
            catalog.sections().forEach(section -> pages.add("/sections/" + section.slug() + "/"));
            catalog.issues().forEach(issue -> pages.add("/issues/" + issue.slug() + "/"));
            assertThat(catalog.tags()).hasSize(awkwardTags().size());
            for (String page : pages) {
                HttpResponse<String> response = server.get(page);
                assertThat(response.statusCode()).as(page).isEqualTo(200);
            }
            String feed = server.get("/feed.xml").body();
            DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(feed)));
            JsonNode answer = server.graphQl("{ articles(first: 100) { nodes { slug tags { name url } authors { slug } } } }");
            assertThat(answer.at("/data/articles/nodes")).hasSize(catalog.articles().size());
        }
        assertThat(Files.isDirectory(out.resolve("tags/" + "🗞".repeat(TAG_NAME_LIMIT)))).isTrue();
    }

    @Test
    void namesTooLongForAFileName_areRefusedByTheCheckSoWhatItAcceptsBakes() {
        LoadResult result = ContentFolder.create(temp)
                .article("other", "2026-11-20T09:00:00+09:00")
                .article("long-slug", """
                        title: 長いスラッグ
                        slug: %s
                        date: 2026-11-20T09:00:00+09:00
                        section: world
                        authors: [sato]
                        summary: 要約。
                        """.formatted(slug(300)), "本文\n")
                .article("long-tag", """
                        title: 長いタグ
                        date: 2026-11-20T09:00:00+09:00
                        section: world
                        authors: [sato]
                        tags: ["%s"]
                        summary: 要約。
                        """.formatted("漢".repeat(100)), "本文\n")
                .load();
        Catalog catalog = new CatalogBuilder().published(result.content(), SampleContent.NOW);

        new SiteBaker(Path.of("site"), temp.resolve("content/media"), temp.resolve("out")).bake(catalog);

        assertThat(result.problems()).filteredOn(Problem::isError).hasSize(2);
        assertThat(catalog.articles()).extracting(Article::slug).containsExactly("other");
    }

    @Test
    void contentJustOverTheLimits_isRefusedByTheCheckAtEachLine() {
        ContentFolder folder = ContentFolder.create(temp).article("other", "2026-11-20T09:00:00+09:00");
        StringBuilder sections = new StringBuilder();
        for (int i = 0; i <= SECTIONS_LIMIT; i++) {
            sections.append("- slug: ").append(i == 0 ? "world" : "s" + i).append("\n  name: 欄\n");
        }
        folder.write("sections.yaml", sections.toString());
        List<String> many = IntStream.rangeClosed(0, PER_ARTICLE_LIMIT).mapToObj(i -> "t" + i).toList();
        folder.write("articles/" + slug(SLUG_LIMIT + 1) + ".md", "---\ntitle: 長い名前\ndate: 2026-11-20\nsection: world\n"
                + "authors: [sato]\nsummary: 要約。\n---\n本文\n");
        folder.article("over", """
                title: "%s"
                slug: %s
                date: 2026-11-20T09:00:00+09:00
                section: world
                authors: %s
                tags: ["%s", "%s", "ai", "AI", "?"]
                related: %s
                summary: "%s"
                dateline: "東京\\e[31m"
                """.formatted("見".repeat(201), slug(SLUG_LIMIT + 1), yamlList(many), "タ".repeat(TAG_NAME_LIMIT + 1),
                "ﷺ".repeat(12), yamlList(many), "要".repeat(2001)), "本文\n");
        folder.article("many-tags", """
                title: タグだらけ
                date: 2026-11-20T09:00:00+09:00
                section: world
                authors: [sato]
                tags: %s
                summary: 要約。
                """.formatted(yamlList(many)), "本文\u001b[2J\n");

        LoadResult result = folder.load();

        assertThat(result.problems()).extracting(problem -> problem.format().lines().findFirst().orElseThrow())
                .anySatisfy(line -> assertThat(line).matches("articles/[a-z-]{101}\\.md:1:1: error: the file name"
                        + " '[a-z-]+' is too long for a slug: 101 characters, at most 100"))
                .contains(
                        "sections.yaml:101:3: error: sections.yaml lists 51 sections, at most 50",
                        "articles/over.md:2:8: error: 'title' is too long: 201 characters, at most 200",
                        "articles/over.md:3:7: error: 'slug' is too long: 101 characters, at most 100",
                        "articles/over.md:6:10: error: 'authors' lists 21 items, at most 20",
                        "articles/over.md:7:8: error: the tag name '" + "タ".repeat(20) + "…"
                                + "' is too long: 51 characters, at most 50",
                        "articles/over.md:7:63: error: the tag name '" + "ﷺ".repeat(12)
                                + "' makes too long an address: 396 bytes, at most 200",
                        "articles/over.md:7:85: error: the tag 'AI' would share its page /tags/ai/ with the tag 'ai'",
                        "articles/over.md:7:91: error: the tag name '?' has no letter or digit to make its address from",
                        "articles/over.md:8:10: error: 'related' lists 21 items, at most 20",
                        "articles/over.md:9:10: error: 'summary' is too long: 2001 characters, at most 2000",
                        "articles/over.md:10:11: error: 'dateline' contains the control character U+001B",
                        "articles/many-tags.md:6:7: error: 'tags' lists 21 items, at most 20",
                        "articles/many-tags.md:9:3: error: the file contains the control character U+001B");
        assertThat(result.content().articles()).extracting("slug").containsExactly("other");
    }
}
