package kiosk.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import kiosk.testing.Commits;
import kiosk.testing.ContentFolder;
import kiosk.testing.Eventually;
import kiosk.testing.Http;
import kiosk.testing.KioskProcess;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged {@code kiosk serve} on content in a git repository: a commit is served as its revision
 * without any file of the content changing, and a restart on a commit with a broken file serves the
 * last revision that loaded cleanly (read from git), says so in {@code /health}, and serves the working
 * tree again once it is fixed.
 */
class GitServeIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WITHIN = Duration.ofSeconds(10);
    private static final String PREVIEW_TOKEN = "3f9c2b7e4a1d8c6f0b5e2a9d7c4f1e8b";

    @TempDir
    Path temp;

    private Path repository;
    private ContentFolder content;

    @BeforeEach
    void magazine() {
        repository = temp.resolve("magazine");
        content = ContentFolder.create(repository).article("first", "2026-11-20T09:00:00+09:00")
                .article("second", "2026-11-21T09:00:00+09:00");
    }

    @Test
    void commit_isServedAsItsRevision_withoutAnyContentFileChanging() throws Exception {
        try (Git git = Git.init().setDirectory(repository.toFile()).setInitialBranch("main").call()) {
            RevCommit first = Commits.all(git, "two articles");
            try (KioskProcess serve = serve()) {
                assertThat(serve.health().get("revision").asText()).isEqualTo(abbreviated(first));

                content.article("third", "2026-11-22T09:00:00+09:00");
                Eventually.within(WITHIN, () -> serve.health().get("revision").asText().startsWith(abbreviated(first) + "-dirty-"));
                assertThat(history(serve, "third").isNull()).as("not committed yet").isTrue();

                // a commit changes no file of the content: only git's refs move
                RevCommit second = Commits.all(git, "a third article");
                Eventually.within(WITHIN, () -> serve.health().get("revision").asText().equals(abbreviated(second)));
                assertThat(history(serve, "third").get("revisions").asInt()).isEqualTo(1);
            }
        }
    }

    @Test
    void restart_onABrokenCommit_servesTheLastGoodRevisionUntilTheWorkTreeIsFixed() throws Exception {
        try (Git git = Git.init().setDirectory(repository.toFile()).setInitialBranch("main").call()) {
            RevCommit good = Commits.all(git, "two articles");
            try (KioskProcess serve = serve()) {
                assertThat(serve.health().get("revision").asText()).isEqualTo(abbreviated(good));
            }
            content.write("articles/broken.md", "---\ntitle: 閉じないフロントマター\n");
            Files.delete(content.root().resolve("articles/second.md"));
            Commits.all(git, "a broken article, and the second one deleted");

            try (KioskProcess restarted = serve()) {
                JsonNode health = restarted.health();
                assertThat(health.get("status").asText()).isEqualTo("degraded");
                assertThat(health.get("revision").asText()).isEqualTo(abbreviated(good));
                assertThat(restarted.title("second")).as("read from git, not from the work tree").isEqualTo("記事 second");
                assertThat(restarted.get("/articles/second/").statusCode()).isEqualTo(200);
                JsonNode status = editorsContentStatus(restarted);
                assertThat(status.at("/problems/0/file").asText()).isEqualTo("articles/broken.md");
                assertThat(status.get("reasons").toString()).contains("serving revision " + abbreviated(good));

                Files.delete(content.root().resolve("articles/broken.md"));
                RevCommit fixed = Commits.all(git, "the broken article removed");
                // the status follows the swap once the site is updated
                Eventually.within(WITHIN, () -> restarted.health().get("revision").asText().equals(abbreviated(fixed))
                        && !"degraded".equals(restarted.health().get("status").asText()));
                assertThat(editorsContentStatus(restarted).get("reasons")).isEmpty();
                assertThat(restarted.title("second")).isNull();
                assertThat(restarted.get("/articles/second/").statusCode()).isEqualTo(404);
            }
        }
    }

    @Test
    void branch_isPreviewedFromGit_whileTheWorkTreeStaysOnMain() throws Exception {
        try (Git git = Git.init().setDirectory(repository.toFile()).setInitialBranch("main").call()) {
            Commits.all(git, "two articles");
            git.checkout().setCreateBranch(true).setName("feature/draft").call();
            content.articleWith("branch-draft", "2026-11-23T09:00:00+09:00", "draft: true");
            RevCommit feature = Commits.all(git, "a draft on the branch");
            git.checkout().setName("main").call();
            try (KioskProcess serve = serve()) {
                HttpResponse<String> page = Http.send(HttpRequest.newBuilder(URI.create(serve.base()
                        + "/preview/@feature~draft/articles/branch-draft/")).header("X-Preview-Token", PREVIEW_TOKEN).build());
                JsonNode api = JSON.readTree(Http.graphql(serve.base() + "/graphql",
                        "{ article(slug: \"branch-draft\") { title } }", "X-Preview-Token", PREVIEW_TOKEN,
                        "X-Content-Ref", "feature/draft").body());

                assertThat(page.statusCode()).isEqualTo(200);
                assertThat(page.body()).contains("記事 branch-draft").contains(abbreviated(feature));
                assertThat(api.at("/data/article/title").asText()).isEqualTo("記事 branch-draft");
                assertThat(serve.editorsData("{ article(slug: \"branch-draft\") { title } }", PREVIEW_TOKEN)
                        .get("article").isNull()).as("not in the work tree's preview").isTrue();
            }
        }
    }

    private KioskProcess serve() throws IOException, InterruptedException {
        return KioskProcess.start(temp.resolve("serve.log"), List.of(), Map.of("KIOSK_PREVIEW_TOKEN", PREVIEW_TOKEN),
                List.of("--content", content.root().toString(), "--site", "site", "--out", temp.resolve("out").toString(),
                        "--data", temp.resolve("data").toString()));
    }

    private static JsonNode history(KioskProcess serve, String slug) throws IOException {
        return JSON.readTree(serve.graphQl("{ article(slug: \"" + slug + "\") { history { revisions } } }").body())
                .at("/data/article/history");
    }

    private static JsonNode editorsContentStatus(KioskProcess serve) throws IOException {
        return serve.editorsData("{ contentStatus { ok reasons problems { file } } }", PREVIEW_TOKEN).get("contentStatus");
    }

    private static String abbreviated(RevCommit commit) {
        return commit.abbreviate(12).name();
    }

}
