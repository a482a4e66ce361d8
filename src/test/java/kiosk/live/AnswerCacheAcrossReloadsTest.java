package kiosk.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import kiosk.api.http.KioskServer;
import kiosk.api.http.ServerOptions;
import kiosk.catalog.CatalogBuilder;
import kiosk.testing.ContentFolder;
import kiosk.testing.Http;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The answer cache across reloads, through real servers on one reloader: an answer about an article
 * an edit did not touch is served from the cache after the reload, and after any random series of
 * edits every answer of the server with the cache is the answer of a server without one.
 */
class AnswerCacheAcrossReloadsTest {

    private static final List<String> SLUGS = List.of("a1", "a2", "a3", "a4", "a5", "a6");
    private static final List<String> TAGS = List.of("外交", "経済", "選挙");

    @TempDir
    Path temp;

    private static String articleQuery(String slug) {
        return "{ article(slug: \"" + slug + "\") { slug title date section { slug name } authors { name }"
                + " tags { slug name } related(first: 3) { slug title } } }";
    }

    @Test
    void editOfOneArticle_keepsTheAnswersAboutOthers() throws Exception {
        ContentFolder folder = ContentFolder.create(temp);
        Random random = new Random(1);
        SLUGS.forEach(slug -> write(folder, slug, random));
        try (Reloader reloader = Reloader.start(new ContentSource(folder.root()), new CatalogBuilder(),
                Clock.systemUTC(), false, (previous, next) -> { })) {
            KioskServer server = KioskServer.create(reloader.published(), ServerOptions.defaults(0)).start();
            try {
                String endpoint = "http://localhost:" + server.port() + "/graphql";
                String unrelated = "{ article(slug: \"a6\") { title section { name } authors { name } } }";
                assertThat(cache(Http.graphql(endpoint, unrelated))).isEqualTo("miss");
                assertThat(cache(Http.graphql(endpoint, unrelated))).isEqualTo("hit");
                // the navigation's lists: an article edit changes what they list, not them
                String lists = "{ sections { slug name } authors { slug name } }";
                assertThat(cache(Http.graphql(endpoint, lists))).isEqualTo("miss");
                assertThat(cache(Http.graphql(endpoint, articleQuery("a1")))).isEqualTo("miss");

                folder.article("a1", """
                        title: 書き換えた見出し
                        date: 2026-11-20T09:00:00+09:00
                        section: world
                        authors: [sato]
                        summary: 要約。
                        """, "本文。\n");
                assertThat(reloader.reloadAndWait().ok()).isTrue();

                assertThat(cache(Http.graphql(endpoint, lists))).isEqualTo("hit");
                HttpResponse<String> kept = Http.graphql(endpoint, unrelated);
                assertThat(cache(kept)).isEqualTo("hit");
                assertThat(kept.headers().firstValue("Cache-Tag")).contains("article:a6");
                assertThat(kept.headers().firstValue("Surrogate-Key")).contains("article:a6");
                HttpResponse<String> edited = Http.graphql(endpoint, articleQuery("a1"));
                assertThat(cache(edited)).isEqualTo("miss");
                assertThat(edited.body()).contains("書き換えた見出し");
            } finally {
                server.stop();
            }
        }
    }

    @RepeatedTest(3)
    void randomEdits_answersAreThoseOfAServerWithoutCache(RepetitionInfo repetition) throws Exception {
        Random random = new Random(repetition.getCurrentRepetition()); // a failure repeats with its repetition
        ContentFolder folder = ContentFolder.create(temp);
        SLUGS.forEach(slug -> write(folder, slug, random));
        try (Reloader reloader = Reloader.start(new ContentSource(folder.root()), new CatalogBuilder(),
                Clock.systemUTC(), false, (previous, next) -> { })) {
            KioskServer cached = KioskServer.create(reloader.published(), ServerOptions.defaults(0)).start();
            KioskServer uncached = KioskServer.create(reloader.published(),
                    ServerOptions.defaults(0).withAnswerCacheBytes(0)).start();
            try {
                List<String> queries = queries();
                int hits = 0;
                for (int round = 0; round < 20; round++) {
                    for (String query : queries) {
                        HttpResponse<String> fromCache = Http.graphql(endpoint(cached), query);
                        hits += "hit".equals(cache(fromCache)) ? 1 : 0;
                        assertThat(fromCache.body()).as("round %d: %s", round, query)
                                .isEqualTo(Http.graphql(endpoint(uncached), query).body());
                    }
                    edit(folder, random);
                    assertThat(reloader.reloadAndWait().ok()).as("round %d", round).isTrue();
                }
                assertThat(hits).as("answers served from the cache").isPositive();
            } finally {
                cached.stop();
                uncached.stop();
            }
        }
    }

    private static String endpoint(KioskServer server) {
        return "http://localhost:" + server.port() + "/graphql";
    }

    private static String cache(HttpResponse<String> response) {
        return response.headers().firstValue("X-Answer-Cache").orElse("");
    }

    private static List<String> queries() {
        List<String> queries = new ArrayList<>();
        SLUGS.forEach(slug -> queries.add(articleQuery(slug)));
        queries.add(articleQuery("a7"));
        queries.add("{ articles(first: 20) { totalCount nodes { slug title } } }");
        queries.add("{ section(slug: \"world\") { name articles { totalCount nodes { slug title } } } }");
        queries.add("{ sections { slug name } authors { slug name } }");
        queries.add("{ author(slug: \"sato\") { name articles { nodes { slug } } } }");
        queries.add("{ tags { slug name } }");
        queries.add("{ authors { slug section { name } } }");
        queries.add("{ sections { slug articles(first: 3) { nodes { authors { name section { name } } } } } }");
        TAGS.forEach(tag -> queries.add("{ tag(slug: \"" + tag + "\") { name articles { nodes { slug title } } } }"));
        queries.add("{ site { revision } }");
        queries.add("{ latestIssue { slug articles { nodes { slug } } } }");
        return queries;
    }

    /** One random edit: an article rewritten, added or deleted, or an author or section renamed. */
    private static void edit(ContentFolder folder, Random random) throws Exception {
        List<String> all = new ArrayList<>(SLUGS);
        all.add("a7");
        String slug = all.get(random.nextInt(all.size()));
        switch (random.nextInt(6)) {
            case 0 -> Files.deleteIfExists(folder.root().resolve("articles/" + slug + ".md"));
            case 1 -> folder.write("authors.yaml", """
                    - slug: sato
                      name: 佐藤 %s
                      section: world
                    - slug: wire
                      name: 東西通信
                      agency: true
                    """.formatted(random.nextInt(100)));
            case 2 -> folder.write("sections.yaml", """
                    - slug: world
                      name: ワールド%s
                      weight: 10
                    - slug: business
                      name: ビジネス
                      weight: 20
                    """.formatted(random.nextInt(100)));
            default -> write(folder, slug, random);
        }
    }

    /** An article with a random title, day, section, author, tags and issue. */
    private static void write(ContentFolder folder, String slug, Random random) {
        folder.article(slug, """
                title: 見出し%d
                date: 2026-11-%02dT09:00:00+09:00
                section: %s
                authors: [%s]
                tags: [%s]
                summary: 要約。
                %s
                """.formatted(random.nextInt(1000), 10 + random.nextInt(10),
                random.nextBoolean() ? "world" : "business", random.nextBoolean() ? "sato" : "wire",
                TAGS.get(random.nextInt(TAGS.size())) + ", " + TAGS.get(random.nextInt(TAGS.size())),
                random.nextBoolean() ? "issue: 2026-11-24" : ""), "本文" + "。".repeat(random.nextInt(5)) + "\n");
    }
}
