package kiosk.content.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import kiosk.content.Article;
import kiosk.content.Content;
import kiosk.testing.ContentFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleCacheTest {

    @TempDir
    Path temp;

    private final ArticleCache cache = new ArticleCache();

    private Article article(Content content, String slug) {
        return content.articles().stream().filter(article -> article.slug().equals(slug)).findFirst().orElseThrow();
    }

    @Test
    void load_again_reusesUnchangedArticlesAndRereadsChangedOnes() {
        ContentFolder folder = ContentFolder.create(temp).article("kept", "2026-11-20T09:00:00+09:00")
                .article("edited", "2026-11-21T09:00:00+09:00");
        Content first = ContentLoader.load(folder.root(), cache).content();

        folder.article("edited", """
                title: 直した見出し
                date: 2026-11-21T09:00:00+09:00
                section: world
                authors: [sato]
                summary: 要約。
                """, "新しい本文");
        Content second = ContentLoader.load(folder.root(), cache).content();

        assertThat(article(second, "kept")).isSameAs(article(first, "kept"));
        assertThat(article(second, "edited").title()).isEqualTo("直した見出し");
        assertThat(article(second, "edited").body().text()).isEqualTo("新しい本文");
    }

    @Test
    void load_again_sectionRenamed_linksUnchangedArticlesToTheNewSection() {
        ContentFolder folder = ContentFolder.create(temp).article("kept", "2026-11-20T09:00:00+09:00");
        Content first = ContentLoader.load(folder.root(), cache).content();

        folder.write("sections.yaml", """
                - slug: world
                  name: 国際
                  weight: 10
                - slug: business
                  name: ビジネス
                  weight: 20
                """);
        Content second = ContentLoader.load(folder.root(), cache).content();
        Content third = ContentLoader.load(folder.root(), cache).content();

        assertThat(article(first, "kept").section().name()).isEqualTo("ワールド");
        assertThat(article(second, "kept").section().name()).isEqualTo("国際");
        assertThat(article(third, "kept")).isSameAs(article(second, "kept"));
    }

    @Test
    void load_again_reportsWarningsOfCachedArticlesToo() {
        ContentFolder folder = ContentFolder.create(temp).article("no-summary", """
                title: 見出し
                date: 2026-11-20
                section: world
                authors: [sato]
                """, "本文");
        ContentLoader.load(folder.root(), cache);

        LoadResult again = ContentLoader.load(folder.root(), cache);

        assertThat(again.problems()).singleElement().satisfies(problem ->
                assertThat(problem.format()).startsWith("articles/no-summary.md:2:1: warning: missing 'summary'"));
    }

    @Test
    void load_again_afterImageRemoved_reportsIt() throws Exception {
        ContentFolder folder = ContentFolder.create(temp).writeBytes("media/photo.jpg", ContentFolder.jpeg())
                .article("photo", """
                        title: 写真
                        date: 2026-11-20
                        section: world
                        authors: [sato]
                        summary: 要約。
                        image:
                          src: /media/photo.jpg
                          alt: 写真
                        """, "本文");
        assertThat(ContentLoader.load(folder.root(), cache).hasErrors()).isFalse();

        Files.delete(folder.root().resolve("media/photo.jpg"));

        assertThat(ContentLoader.load(folder.root(), cache).problems()).extracting(problem -> problem.message())
                .contains("image file not found: /media/photo.jpg");
    }

    /**
     * Loads an article whose file has the modification time {@code modified}, rewrites its title with
     * one of the same size and puts the time back, as a write within one clock tick leaves it, and
     * loads again: only a file that is read again shows the new title.
     */
    private String titleAfterSameStampRewrite(FileTime modified) throws Exception {
        ContentFolder folder = ContentFolder.create(temp).article("same", "2026-11-20T09:00:00+09:00");
        Path file = folder.root().resolve("articles/same.md");
        Files.setLastModifiedTime(file, modified);
        ContentLoader.load(folder.root(), cache);

        Files.writeString(file, Files.readString(file).replace("記事 same", "記事 SAME"));
        Files.setLastModifiedTime(file, modified);
        return article(ContentLoader.load(folder.root(), cache).content(), "same").title();
    }

    @Test
    void load_again_fileWithSettledStampUnchanged_isNotReadAgain() throws Exception {
        assertThat(titleAfterSameStampRewrite(FileTime.from(Instant.parse("2026-01-01T00:00:00Z"))))
                .isEqualTo("記事 same");
    }

    @Test
    void load_again_sameStampRewriteOfAFileTooFreshToTrust_isSeen() throws Exception {
        // a time ahead of the read stands for a write within its clock tick, however slow the test runs
        assertThat(titleAfterSameStampRewrite(FileTime.from(Instant.now().plusSeconds(60)))).isEqualTo("記事 SAME");
    }

    @Test
    void load_withTheChangedPaths_seesNewEditedAndDeletedFiles() throws Exception {
        ContentFolder folder = ContentFolder.create(temp).article("gone", "2026-11-20T09:00:00+09:00")
                .article("edited", "2026-11-21T09:00:00+09:00");
        ContentLoader.load(folder.root(), cache);

        folder.article("added", "2026-11-22T09:00:00+09:00").article("edited", """
                title: 直した見出し
                date: 2026-11-21T09:00:00+09:00
                section: world
                authors: [sato]
                summary: 要約。
                """, "本文");
        Path articles = folder.root().resolve("articles");
        Files.delete(articles.resolve("gone.md"));
        Content again = ContentLoader.load(folder.root(), cache, Optional.of(Set.of(articles.resolve("added.md"),
                articles.resolve("edited.md"), articles.resolve("gone.md")))).content();

        assertThat(again.articles()).extracting(Article::title).containsExactlyInAnyOrder("直した見出し", "記事 added");
    }

    @Test
    void load_withAFolderRenamed_listsWhatIsBelowItAgain() throws Exception {
        ContentFolder folder = ContentFolder.create(temp).article("2026/moved", "2026-11-20T09:00:00+09:00")
                .article("2026-other", "2026-11-21T09:00:00+09:00");
        ContentLoader.load(folder.root(), cache);

        Path articles = folder.root().resolve("articles");
        Files.move(articles.resolve("2026"), articles.resolve("archive"));
        Content again = ContentLoader.load(folder.root(), cache,
                Optional.of(Set.of(articles.resolve("2026"), articles.resolve("archive")))).content();

        assertThat(again.articles()).extracting(Article::path)
                .containsExactlyInAnyOrder("articles/archive/moved.md", "articles/2026-other.md");
    }

    @Test
    void load_filesInFoldersNamedWithADot_areNotArticles_whenListedOrRelisted() throws Exception {
        ContentFolder folder = ContentFolder.create(temp).article("2026/shown", "2026-11-20T09:00:00+09:00")
                .article("2026/.trash/deleted", "2026-11-21T09:00:00+09:00")
                .article(".obsidian/note", "2026-11-21T09:00:00+09:00")
                .article("2026/.draft-copy", "2026-11-21T09:00:00+09:00");
        Content first = ContentLoader.load(folder.root(), cache).content();

        Path articles = folder.root().resolve("articles");
        folder.article("2026/.trash/deeper/again", "2026-11-22T09:00:00+09:00");
        Content again = ContentLoader.load(folder.root(), cache, Optional.of(Set.of(articles.resolve("2026/.trash/deeper"),
                articles.resolve("2026/.trash/deeper/again.md")))).content();

        assertThat(first.articles()).extracting(Article::path).containsExactly("articles/2026/shown.md");
        assertThat(again.articles()).extracting(Article::path).containsExactly("articles/2026/shown.md");
    }

    @Test
    void load_aContentFolderNamedWithADot_readsItsArticles() throws Exception {
        ContentFolder folder = ContentFolder.create(temp).article("2026/shown", "2026-11-20T09:00:00+09:00");
        Path dotted = Files.move(folder.root(), temp.resolve(".magazine"));

        assertThat(ContentLoader.load(dotted, cache).content().articles()).extracting(Article::path)
                .containsExactly("articles/2026/shown.md");
    }
}
