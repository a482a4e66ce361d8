package kiosk.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import kiosk.catalog.CatalogBuilder;
import kiosk.content.load.LoadResult;
import kiosk.live.ContentSource;
import kiosk.testing.ContentFolder;
import kiosk.testing.SampleContent;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A content folder in a git checkout: the API names the commit and each article's history. */
class GitHistoryApiTest {

    private static final Instant FIRST = Instant.parse("2026-11-20T01:00:00Z");
    private static final Instant SECOND = Instant.parse("2026-11-21T02:30:00Z");

    @TempDir
    Path repository;

    @Test
    void articleHistoryAndRevision_comeFromTheCommits() throws Exception {
        ContentFolder content = ContentFolder.create(repository);
        try (Git git = Git.init().setDirectory(repository.toFile()).setInitialBranch("main").call()) {
            content.article("edited-twice", "2026-11-19").article("committed-once", "2026-11-18");
            commit(git, FIRST);
            content.article("edited-twice", """
                    title: 見出しを直した記事
                    date: 2026-11-19
                    section: world
                    authors: [sato]
                    summary: 要約。
                    """, "本文です。\n");
            RevCommit head = commit(git, SECOND);
            LoadResult loaded = new ContentSource(content.root()).load();
            assertThat(loaded.problems()).isEmpty();

            try (TestServer server = TestServer.start(new CatalogBuilder().published(loaded.content(), SampleContent.NOW))) {
                HttpResponse<String> response = server.post(TestServer.json(Map.of("query", """
                        { site { revision }
                          edited: article(slug: "edited-twice") { history { firstCommitted lastCommitted revisions } }
                          once: article(slug: "committed-once") { history { firstCommitted lastCommitted revisions } } }
                        """)));
                JsonNode data = TestServer.tree(response.body()).get("data");

                String commit = head.abbreviate(12).name();
                assertThat(data.at("/site/revision").asText()).isEqualTo(commit);
                assertThat(response.headers().firstValue("X-Content-Revision")).contains(commit);
                assertThat(data.at("/edited/history/firstCommitted").asText()).isEqualTo("2026-11-20T10:00:00+09:00");
                assertThat(data.at("/edited/history/lastCommitted").asText()).isEqualTo("2026-11-21T11:30:00+09:00");
                assertThat(data.at("/edited/history/revisions").asInt()).isEqualTo(2);
                assertThat(data.at("/once/history/lastCommitted").asText()).isEqualTo("2026-11-20T10:00:00+09:00");
                assertThat(data.at("/once/history/revisions").asInt()).isEqualTo(1);
            }
        }
    }

    @Test
    void contentOutsideGit_hasNoHistory() {
        JsonNode data = TestServer.sample().data("{ article(slug: \"us-china-chip-export-talks\") { history { revisions } } }");

        assertThat(data.at("/article/history").isNull()).isTrue();
    }

    private static RevCommit commit(Git git, Instant when) throws Exception {
        PersonIdent editor = new PersonIdent("編集部", "desk@example.jp", when, ZoneOffset.ofHours(9));
        git.add().addFilepattern(".").call();
        return git.commit().setMessage("edit at " + when).setAuthor(editor).setCommitter(editor).call();
    }
}
