package kiosk.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import kiosk.content.Article;
import kiosk.content.load.LoadResult;
import kiosk.testing.ContentFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentSourceTest {

    @TempDir
    Path temp;

    @Test
    void load_afterAFailedListing_listsAfreshAndFindsEveryArticle() throws Exception {
        ContentFolder folder = ContentFolder.create(temp).article("first", "2026-11-20T09:00:00+09:00")
                .article("second", "2026-11-21T09:00:00+09:00");
        ContentSource source = new ContentSource(folder.root());
        assertThat(source.load().content().articles()).hasSize(2);
        // a link whose target is gone makes the listing of articles/ fail (or, once links are checked one by
        // one, costs only itself): either way this load is refused
        Path link = folder.root().resolve("articles/2026/dangling.md");
        Files.createDirectories(link.getParent());
        Files.createSymbolicLink(link, temp.resolve("gone.md"));
        assertThat(source.load(Changes.of(Set.of(link.getParent()))).hasErrors()).isTrue();

        Files.delete(link);
        LoadResult fixed = source.load(Changes.of(Set.of(link)));

        assertThat(fixed.problems()).isEmpty();
        assertThat(fixed.content().articles()).extracting(Article::slug).containsExactlyInAnyOrder("first", "second");
    }
}
