package kiosk.content.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import kiosk.content.check.Problem;
import kiosk.testing.ContentFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Symbolic links in content: one that leaves the content folder is never followed, and a broken one
 * costs only its own file.
 */
class LinkedFilesTest {

    @TempDir
    Path temp;

    private LoadResult withPhotoLinkedTo(String target) {
        return ContentFolder.create(temp)
                .article("valid-article", "2026-11-20T09:00:00+09:00")
                .link("media/leak.jpg", target)
                .articleWithPhoto("with-photo", "/media/leak.jpg")
                .load();
    }

    @Test
    void load_mediaLinkedToTheProcessEnvironment_isAnErrorAtTheFileAndWhereItIsUsed() {
        LoadResult result = withPhotoLinkedTo("/proc/self/environ");

        assertThat(result.problems()).extracting(Problem::format)
                .anySatisfy(line -> assertThat(line).startsWith(
                        "media/leak.jpg:1:1: error: the file is a link to /proc/self/environ, outside the content folder"))
                .anySatisfy(line -> assertThat(line).startsWith("articles/with-photo.md:8:8: error: the image /media/leak.jpg"
                        + " cannot be published: the file is a link to /proc/self/environ, outside the content folder"));
        assertThat(result.content().articles()).extracting("slug").containsExactly("valid-article");
    }

    @Test
    void load_mediaLinkedToThePasswordFile_isAnErrorEvenWhenNothingUsesIt() {
        LoadResult result = ContentFolder.create(temp).article("valid-article", "2026-11-20T09:00:00+09:00")
                .link("media/2026/passwd.pdf", "/etc/passwd")
                .load();

        assertThat(result.problems()).extracting(Problem::format).singleElement().satisfies(line -> assertThat(line)
                .startsWith("media/2026/passwd.pdf:1:1: error: the file is a link to /etc/passwd, outside the content folder")
                .contains("copy the file into the content folder"));
    }

    @Test
    void load_mediaLinkedWithinTheContentFolder_isPublishedAsItsTarget() {
        LoadResult result = ContentFolder.create(temp)
                .writeBytes("media/2026/photo.png", ContentFolder.png())
                .link("media/latest.png", "2026/photo.png")
                .articleWithPhoto("with-photo", "/media/latest.png")
                .load();

        // only that a 4 px photo is small: nothing of the link
        assertThat(result.problems()).extracting(Problem::format).singleElement()
                .satisfies(line -> assertThat(line).contains("the lead photo is 4 px wide"));
        assertThat(result.content().articles()).singleElement().satisfies(article ->
                assertThat(article.image().width()).isEqualTo(4));
    }

    @Test
    void load_danglingAndLoopingArticleLinks_costOnlyTheirOwnFiles() {
        LoadResult result = ContentFolder.create(temp)
                .article("first", "2026-11-20T09:00:00+09:00")
                .article("second", "2026-11-21T09:00:00+09:00")
                .link("articles/dangling.md", "gone.md")
                .link("articles/loop.md", "loop.md")
                .link("articles/secret.md", "/etc/passwd")
                .load();

        assertThat(result.problems()).extracting(Problem::format)
                .anySatisfy(line -> assertThat(line).startsWith("articles/dangling.md:1:1: error: the file is a broken link"
                        + " (to gone.md, which does not exist)"))
                .anySatisfy(line -> assertThat(line).startsWith("articles/loop.md:1:1: error: the file is a link that"
                        + " leads back to itself"))
                .anySatisfy(line -> assertThat(line).startsWith("articles/secret.md:1:1: error: the file is a link to"
                        + " /etc/passwd, outside the content folder"))
                .hasSize(3)
                .noneSatisfy(line -> assertThat(line).contains("root:"));
        assertThat(result.content().articles()).extracting("slug").containsExactly("first", "second");
    }

    @Test
    void load_editorLockLinkBesideAnArticle_isIgnoredInFullAndChangedLoads() {
        ContentFolder folder = ContentFolder.create(temp).article("first", "2026-11-20T09:00:00+09:00");
        ArticleCache cache = new ArticleCache();
        assertThat(ContentLoader.load(folder.root(), cache).problems()).isEmpty();

        folder.link("articles/.#first.md", "editor@host.4242").link("articles/.trash/old.md", "/etc/passwd");
        LoadResult changed = ContentLoader.load(folder.root(), cache, Optional.of(Set.of(
                folder.root().resolve("articles/.#first.md"), folder.root().resolve("articles/.trash/old.md"))));
        LoadResult full = ContentLoader.load(folder.root());

        assertThat(changed.problems()).isEmpty();
        assertThat(full.problems()).isEmpty();
        assertThat(full.content().articles()).extracting("slug").containsExactly("first");
    }

    @Test
    void load_dataFileLinkedOutside_isRefusedUnread() {
        LoadResult result = ContentFolder.create(temp).article("first", "2026-11-20T09:00:00+09:00")
                .link("tags.yaml", "/etc/passwd")
                .load();

        assertThat(result.problems()).extracting(Problem::format).singleElement().satisfies(line -> assertThat(line)
                .startsWith("tags.yaml:1:1: error: the file is a link to /etc/passwd, outside the content folder"));
    }

    @Test
    void load_linkToAFolder_isReportedNotFollowed() {
        LoadResult result = ContentFolder.create(temp).article("first", "2026-11-20T09:00:00+09:00")
                .link("articles/etc", "/etc")
                .article("archive/old", "2026-11-10T09:00:00+09:00")
                .link("articles/old-archive", "archive")
                .load();

        assertThat(result.problems()).extracting(Problem::format)
                .anySatisfy(line -> assertThat(line).startsWith("articles/etc:1:1: error: the file is a link to /etc,"
                        + " outside the content folder"))
                .anySatisfy(line -> assertThat(line).startsWith("articles/old-archive:1:1: error: the file is a link"
                        + " to a folder (archive), which Kiosk does not follow"))
                .hasSize(2);
        assertThat(result.content().articles()).extracting("slug").containsExactly("old", "first");
    }

    @Test
    void load_namedPipeAmongArticles_isAnErrorAndNoOneWaitsForIt() throws IOException, InterruptedException {
        ContentFolder folder = ContentFolder.create(temp).article("first", "2026-11-20T09:00:00+09:00");
        Process mkfifo = new ProcessBuilder("mkfifo", folder.root().resolve("articles/pipe.md").toString()).start();
        assertThat(mkfifo.waitFor()).isZero();

        LoadResult result = folder.load();

        assertThat(result.problems()).extracting(Problem::format).singleElement().satisfies(line -> assertThat(line)
                .startsWith("articles/pipe.md:1:1: error: the file is not a regular file"));
        assertThat(result.content().articles()).extracting("slug").containsExactly("first");
    }
}
