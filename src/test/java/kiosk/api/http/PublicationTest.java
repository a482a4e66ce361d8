package kiosk.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import kiosk.catalog.CatalogBuilder;
import kiosk.content.load.LoadResult;
import kiosk.testing.ContentFolder;
import kiosk.testing.SampleContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Drafts, articles dated after now and issues not on sale yet are never visible through the API. */
class PublicationTest {

    private static final String DRAFT = "tax-reform-outline-draft";
    private static final String SCHEDULED = "economy-outlook-2030";

    private static final TestServer server = TestServer.sample();

    @ParameterizedTest
    @ValueSource(strings = {DRAFT, SCHEDULED})
    void article_unpublished_isNull(String slug) {
        JsonNode data = server.data("query($slug: String!) { article(slug: $slug) { slug } }", Map.of("slug", slug));

        assertTrue(data.get("article").isNull());
    }

    @Test
    void articles_everyList_neverHoldsUnpublished() {
        String everything = server.graphQl("""
                { articles(first: 100) { totalCount nodes { slug related(first: 10) { slug } } }
                  sections { articles(first: 100) { nodes { slug } } }
                  authors { articles(first: 100) { nodes { slug } } }
                  issues { articles(first: 100) { nodes { slug } } } }
                """).toString();

        assertTrue(everything.contains("yen-slides-to-162"), "the query reaches published articles");
        assertFalse(everything.contains(DRAFT));
        assertFalse(everything.contains(SCHEDULED));
    }

    @Test
    void tags_everyTagsArticles_neverHoldUnpublished() {
        String tags = server.graphQl("{ tags { articles(first: 100) { nodes { slug } } } }").toString();

        assertFalse(tags.contains(DRAFT));
        assertFalse(tags.contains(SCHEDULED));
    }

    @ParameterizedTest
    @ValueSource(strings = {DRAFT, SCHEDULED})
    void search_forAnUnpublishedArticlesOwnTitle_neverFindsIt(String slug) {
        String title = SampleContent.load().content().articles().stream()
                .filter(article -> article.slug().equals(slug)).findFirst().orElseThrow().title();

        JsonNode data = server.data("query($q: String!) { search(query: $q, first: 100) { nodes { slug } } }",
                Map.of("q", title));

        assertFalse(data.toString().contains(slug));
    }

    @Test
    void catalog_ofSmallFolder_hidesDraftOnlyTagsAndIssuesNotOnSale(@TempDir Path temp) {
        LoadResult loaded = ContentFolder.create(temp)
                .article("published", "2026-11-20T09:00:00+09:00")
                .article("scheduled", "2026-12-01T09:00:00+09:00")
                .article("draft", """
                        title: 下書き
                        date: 2026-11-20T09:00:00+09:00
                        section: world
                        authors: [sato]
                        tags: [秘密]
                        draft: true
                        """, "秘密の本文。\n")
                .write("issues/2026-12-01.yaml", """
                        number: 3413
                        title: 2026年12月1日号
                        date: 2026-12-01
                        onSale: 2026-11-28
                        cover:
                          title: 次号
                        """)
                .article("in-next-issue", """
                        title: 次号の記事
                        date: 2026-11-24T09:00:00+09:00
                        section: world
                        authors: [sato]
                        issue: 2026-12-01
                        """, "本文。\n")
                .load();
        assertFalse(loaded.hasErrors(), loaded.problems()::toString);
        try (TestServer small = TestServer.start(new CatalogBuilder().published(loaded.content(), SampleContent.NOW))) {
            JsonNode data = small.data("""
                    { articles { nodes { slug issue { slug } } } tags { slug } tag(slug: "秘密") { slug }
                      issues { slug } issue(slug: "2026-12-01") { slug } search(query: "秘密") { totalCount } }
                    """);

            assertEquals(List.of("in-next-issue", "published"), data.at("/articles/nodes").findValuesAsText("slug"));
            assertTrue(data.at("/articles/nodes/0/issue").isNull(), "no link to an issue not on sale");
            assertFalse(data.get("tags").toString().contains("秘密"));
            assertTrue(data.get("tag").isNull());
            assertEquals(List.of("2026-11-24"), data.get("issues").findValuesAsText("slug"));
            assertTrue(data.get("issue").isNull());
            assertEquals(0, data.at("/search/totalCount").asInt());
        }
    }
}
