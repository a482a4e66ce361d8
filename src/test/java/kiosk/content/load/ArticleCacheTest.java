package kiosk.content.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
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

        assertThat(article(second, "kept").body()).isSameAs(article(first, "kept").body());
        assertThat(article(second, "edited").title()).isEqualTo("直した見出し");
        assertThat(article(second, "edited").body().text()).isEqualTo("新しい本文");
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
        ContentFolder folder = ContentFolder.create(temp).writeBytes("media/photo.jpg", new byte[] {1, 2, 3})
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
}
