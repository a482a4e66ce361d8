package kiosk.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import kiosk.catalog.CatalogBuilder;
import kiosk.live.RefCatalogs;
import kiosk.testing.Commits;
import kiosk.testing.ContentFolder;
import kiosk.testing.DraftBranch;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Branch previews: a pull request's branch adds a draft, which editors see at
 * {@code /preview/@feature/...} and through the API with {@code X-Content-Ref: feature}, read from git
 * with no checkout (the work tree stays on main), and which nobody else sees anywhere.
 */
class BranchPreviewTest {

    private static final String TOKEN = "7c4e1a9b2d8f3065e1b7a4c9d2f8e310";
    private static final String DRAFT = "branch-draft";
    private static final String DRAFT_TITLE = "円安と地方の観光";
    private static final String QUERY = "{ article(slug: \"" + DRAFT + "\") { title bodyText } }";

    @TempDir
    static Path temp;
    private static DraftBranch repository;
    private static RefCatalogs refs;
    private static TestServer server;
    private static RevCommit featureCommit;

    @BeforeAll
    static void start() throws Exception {
        repository = DraftBranch.create(temp, "feature", DRAFT, DRAFT_TITLE, "最初の原稿です。");
        featureCommit = repository.commit();
        refs = RefCatalogs.open(repository.folder().root(), new CatalogBuilder(), Clock.systemUTC(),
                RefCatalogs.SNAPSHOTS, ContentRefs.MAX_BUILDS).orElseThrow();
        server = TestServer.withPreview(repository.folder().root(), temp.resolve("out"), PreviewToken.of(TOKEN),
                ContentRefs.of(refs::at, refs::media));
    }

    @AfterAll
    static void stop() {
        server.close();
        refs.close();
        repository.close();
    }

    private static HttpResponse<String> editorGets(String path) {
        return server.get(path, PreviewAccess.HEADER, TOKEN);
    }

    private static HttpResponse<String> graphQl(String... headers) {
        return server.post(TestServer.json(Map.of("query", QUERY)), headers);
    }

    @Test
    void branchDraft_isOnTheBranchsPreview_namingTheBranchAndCommit_withLinksStayingOnTheBranch() {
        HttpResponse<String> page = editorGets("/preview/@feature/articles/" + DRAFT + "/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Cache-Control")).contains(PreviewAccess.NO_STORE);
        Document html = Jsoup.parse(page.body());
        assertThat(html.select("h1").text()).contains(DRAFT_TITLE);
        assertThat(html.select(".preview-banner").text())
                .contains("ブランチ「feature」、コミット " + featureCommit.abbreviate(12).name())
                .contains("この記事は下書きです");
        assertThat(html.select("a[href^=/]").eachAttr("href")).isNotEmpty()
                .allSatisfy(href -> assertThat(href).startsWith("/preview/@feature/"));
    }

    @Test
    void branchDraft_isNotInTheWorkTreesPreview_norPublic() {
        assertThat(editorGets("/preview/articles/" + DRAFT + "/").statusCode()).isEqualTo(404);
        assertThat(server.get("/articles/" + DRAFT + "/").statusCode()).isEqualTo(404);
        assertThat(editorGets("/preview/@main/articles/" + DRAFT + "/").statusCode()).as("main has no such draft")
                .isEqualTo(404);
        assertThat(editorGets("/preview/@main/articles/main-story/").statusCode()).isEqualTo(200);
    }

    @Test
    void api_withContentRef_readsTheBranch_andItsAnswersAreNeverCached() {
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> answer = graphQl(PreviewAccess.HEADER, TOKEN, ContentRefs.HEADER, "feature");
            assertThat(TestServer.tree(answer.body()).at("/data/article/title").asText()).as(answer.body())
                    .isEqualTo(DRAFT_TITLE);
            assertThat(answer.headers().firstValue(GraphQlHandler.ANSWER_CACHE_HEADER)).contains("miss");
            assertThat(answer.headers().firstValue(GraphQlHandler.REVISION_HEADER))
                    .contains(featureCommit.abbreviate(12).name());
            assertThat(answer.headers().allValues("Vary").toString()).contains(ContentRefs.HEADER);
        }
        HttpResponse<String> byCommit = graphQl(PreviewAccess.HEADER, TOKEN, ContentRefs.HEADER,
                featureCommit.abbreviate(10).name());
        assertThat(TestServer.tree(byCommit.body()).at("/data/article/title").asText()).as(byCommit.body())
                .isEqualTo(DRAFT_TITLE);
        JsonNode workTree = TestServer.tree(graphQl(PreviewAccess.HEADER, TOKEN).body());
        assertThat(workTree.at("/data/article").isNull()).isTrue();
    }

    @Test
    void api_contentRefWithoutToken_isRefusedTellingNothingOfRefs() {
        HttpResponse<String> known = graphQl(ContentRefs.HEADER, "feature");
        HttpResponse<String> unknown = graphQl(ContentRefs.HEADER, "no-such-branch");

        assertThat(known.statusCode()).isEqualTo(403);
        assertThat(known.body()).doesNotContain(DRAFT_TITLE).contains("UNAUTHENTICATED").contains("X-Preview-Token");
        assertThat(unknown.statusCode()).isEqualTo(403);
        assertThat(unknown.body().replace("no-such-branch", "feature")).isEqualTo(known.body());
        assertThat(server.get("/preview/@feature/articles/" + DRAFT + "/").body()).doesNotContain(DRAFT_TITLE);
        assertThat(server.get("/preview/@feature/articles/" + DRAFT + "/").statusCode()).isEqualTo(401);
    }

    @Test
    void branchMoves_theNextRequestShowsItsNewCommit() throws Exception {
        // a branch of its own, so that the other tests' branch stays where it is
        Git git = repository.git();
        git.branchCreate().setName("review/moving").setStartPoint(featureCommit).call();
        String page = "/preview/@review~moving/articles/" + DRAFT + "/";
        assertThat(editorGets(page).body()).contains("最初の原稿です。");

        git.checkout().setName("review/moving").call();
        RevCommit moved = DraftBranch.commitDraft(git, repository.folder(), DRAFT, DRAFT_TITLE, "書き直した原稿です。");
        git.checkout().setName("main").call();

        assertThat(editorGets(page).body()).contains("書き直した原稿です。").doesNotContain("最初の原稿です。")
                .contains("ブランチ「review/moving」、コミット " + moved.abbreviate(12).name());
        assertThat(TestServer.tree(graphQl(PreviewAccess.HEADER, TOKEN, ContentRefs.HEADER, "review/moving").body())
                .at("/data/article/bodyText").asText()).contains("書き直した原稿です。");
        assertThat(editorGets("/preview/@" + featureCommit.name() + "/articles/" + DRAFT + "/").body())
                .as("the old commit, by its id").contains("最初の原稿です。");
    }

    @Test
    void branchNamedInJapanese_isOneEncodedPathSegment_andItsLinksStayOnIt() throws Exception {
        repository.git().branchCreate().setName("特集/円安#2").setStartPoint(featureCommit).call();
        String root = "/preview/@%E7%89%B9%E9%9B%86~%E5%86%86%E5%AE%89%232";

        HttpResponse<String> page = editorGets(root + "/articles/" + DRAFT + "/");

        assertThat(page.statusCode()).isEqualTo(200);
        Document html = Jsoup.parse(page.body());
        assertThat(html.select(".preview-banner").text()).contains("ブランチ「特集/円安#2」");
        assertThat(html.select("a[href^=/]").eachAttr("href"))
                .allSatisfy(href -> assertThat(href).startsWith(root + "/"));
    }

    @Test
    void photoTheBranchAdds_isServedFromTheBranch() throws Exception {
        Git git = repository.git();
        git.checkout().setCreateBranch(true).setName("photo").setStartPoint(featureCommit).call();
        byte[] photo = ContentFolder.png();
        repository.folder().writeBytes("media/branch/new.png", photo).articleWithPhoto("with-photo", "/media/branch/new.png");
        Commits.all(git, "an article with a new photo");
        git.checkout().setName("main").call();

        HttpResponse<String> page = editorGets("/preview/@photo/articles/with-photo/");
        HttpResponse<byte[]> served = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                server.uri("/preview/@photo/media/branch/new.png")).header(PreviewAccess.HEADER, TOKEN).build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(page.body()).contains("/preview/@photo/media/branch/new.png");
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.body()).isEqualTo(photo);
        assertThat(served.headers().firstValue("Content-Type")).contains("image/png");
        assertThat(editorGets("/preview/media/branch/new.png").statusCode()).as("not in the work tree").isEqualTo(404);
        assertThat(editorGets("/preview/@photo/media/../articles/with-photo.md").statusCode()).isNotEqualTo(200);
    }

    @Test
    void unknownRef_answersNotFound() {
        HttpResponse<String> page = editorGets("/preview/@no-such-branch/");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("リポジトリにブランチ・タグ・コミット「no-such-branch」はありません");

        HttpResponse<String> api = graphQl(PreviewAccess.HEADER, TOKEN, ContentRefs.HEADER, "no-such-branch");
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(api.body()).contains("NOT_FOUND");
    }

    @Test
    void refRoot_withoutSlash_redirectsIntoIt() {
        HttpResponse<String> bare = editorGets("/preview/@feature");
        assertThat(bare.statusCode()).isEqualTo(301);
        assertThat(bare.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/preview/@feature/"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"feature..main", "main@%7B1%7D", "main%5E", "-x", ".hidden", "x.lock", "a:b", "a*b",
            "a%20b", "a%01b", "a%5Cb"})
    void hostileRefName_inThePath_isRefused(String ref) {
        HttpResponse<String> page = editorGets("/preview/@" + ref + "/articles/" + DRAFT + "/");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).doesNotContain(DRAFT_TITLE);
    }

    /** The refusal is in the site's language throughout (Japanese here): the broken rule too, not git's English. */
    @Test
    void hostileRefName_inThePath_isRefusedInTheSitesLanguage() {
        HttpResponse<String> dots = editorGets("/preview/@feature..main/");
        HttpResponse<String> format = editorGets("/preview/@a:b/");

        assertThat(dots.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(dots.body()).select("p").text()).isEqualTo(
                "アドレスのブランチ名が正しくありません（「..」が入っています）。ブランチ名の「/」は「~」と書きます"
                        + "（feature/japan なら /preview/@feature~japan/）。");
        assertThat(format.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(format.body()).select("p").text()).contains("git の参照名の決まり");
        for (HttpResponse<String> page : List.of(dots, format)) {
            assertThat(page.body()).doesNotContain("not a git branch", "it holds", "rules refuse");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"feature..main", "main@{1}", "HEAD~1", "main^{tree}", "-x", "refs/heads/.x", "a b"})
    void hostileRefName_inTheHeader_isRefused(String ref) {
        HttpResponse<String> answer = graphQl(PreviewAccess.HEADER, TOKEN, ContentRefs.HEADER, ref);
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("BAD_REQUEST").contains("not a git branch, tag or commit name")
                .doesNotContain(DRAFT_TITLE);
    }

    @Test
    void overlongRefName_isRefused() {
        String longName = "a".repeat(201);
        assertThat(editorGets("/preview/@" + longName + "/").statusCode()).isEqualTo(400);
        assertThat(graphQl(PreviewAccess.HEADER, TOKEN, ContentRefs.HEADER, longName).body())
                .contains("longer than 200 characters");
    }

    /** Opens a signed link as a browser does: the redirect's target, and the cookie it sends back from now on. */
    private String[] open(String link) {
        HttpResponse<String> response = server.get(link);
        assertThat(response.statusCode()).isEqualTo(303);
        return new String[] {response.headers().firstValue("Location").orElseThrow(),
                response.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0]};
    }

    @Test
    void linkAtARef_opensThatArticleOfTheBranch_andNothingElse() {
        String link = PreviewToken.of(TOKEN).path(new PreviewToken.Link(DRAFT, java.time.Instant.now().plusSeconds(3600),
                new kiosk.content.git.RefName("feature")));

        String[] opened = open(link);
        HttpResponse<String> page = server.get(opened[0], "Cookie", opened[1]);

        assertThat(opened[0]).isEqualTo("/preview/@feature/articles/" + DRAFT + "/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(DRAFT_TITLE).contains("ブランチ「feature」");
        for (String other : new String[] {"/preview/articles/" + DRAFT + "/", "/preview/@feature/articles/main-story/",
                "/preview/@feature/", "/preview/@main/articles/" + DRAFT + "/"}) {
            HttpResponse<String> refused = server.get(other, "Cookie", opened[1]);
            assertThat(refused.statusCode()).as(other).isEqualTo(403);
            assertThat(refused.body()).as(other).contains("このリンクで見られるのは記事「" + DRAFT + "」だけです");
        }
        assertThat(server.get("/preview/@feature/css/site.css", "Cookie", opened[1]).statusCode()).isEqualTo(200);
    }

    @Test
    void graphQlPreviewLink_withRef_signsALinkToTheBranchsArticle() {
        String query = "{ previewLink(slug: \"" + DRAFT + "\", ref: \"feature\") }";
        HttpResponse<String> answer = server.post(TestServer.json(Map.of("query", query)), PreviewAccess.HEADER, TOKEN);
        String url = TestServer.tree(answer.body()).at("/data/previewLink").asText();

        String[] opened = open(url.substring(url.indexOf("/preview/link/")));
        assertThat(opened[0]).isEqualTo("/preview/@feature/articles/" + DRAFT + "/");
        assertThat(server.get(opened[0], "Cookie", opened[1]).body()).contains(DRAFT_TITLE);

        String byHeader = TestServer.tree(server.post(TestServer.json(Map.of("query",
                "{ previewLink(slug: \"" + DRAFT + "\") }")), PreviewAccess.HEADER, TOKEN, ContentRefs.HEADER, "feature")
                .body()).at("/data/previewLink").asText();
        assertThat(open(byHeader.substring(byHeader.indexOf("/preview/link/")))[0]).as("the request's ref")
                .isEqualTo("/preview/@feature/articles/" + DRAFT + "/");

        for (String notThere : new String[] {"{ previewLink(slug: \"" + DRAFT + "\") }",
                "{ previewLink(slug: \"" + DRAFT + "\", ref: \"main\") }",
                "{ previewLink(slug: \"" + DRAFT + "\", ref: \"no-such-branch\") }"}) {
            assertThat(TestServer.tree(server.post(TestServer.json(Map.of("query", notThere)), PreviewAccess.HEADER, TOKEN)
                    .body()).at("/data/previewLink").isNull()).as(notThere).isTrue();
        }
        JsonNode hostile = TestServer.tree(server.post(TestServer.json(Map.of("query",
                "{ previewLink(slug: \"" + DRAFT + "\", ref: \"main..feature\") }")), PreviewAccess.HEADER, TOKEN).body());
        assertThat(hostile.at("/errors/0/extensions/code").asText()).isEqualTo("BAD_USER_INPUT");
    }
}
