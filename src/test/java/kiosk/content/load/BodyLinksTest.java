package kiosk.content.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import kiosk.testing.ContentFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Links and images in bodies that would be a 404 for readers are reported at their line. */
class BodyLinksTest {

    @TempDir
    Path temp;

    private static List<String> firstLines(LoadResult result) {
        return result.problems().stream().map(problem -> problem.format().lines().findFirst().orElseThrow()).toList();
    }

    @Test
    void load_bodyLinksThatDoNotResolve_areReportedAtTheirLines() {
        LoadResult result = ContentFolder.create(temp)
                .writeBytes("media/2026/ok.png", ContentFolder.png())
                .writeBytes("media/print.pdf", "%PDF-1.7\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                .article("other", "2026-11-20T09:00:00+09:00")
                .article("draft-one", """
                        title: 下書き
                        date: 2026-11-20T09:00:00+09:00
                        section: world
                        authors: [sato]
                        tags: [未公開タグ]
                        summary: 要約。
                        draft: true
                        """, "本文")
                .article("scheduled", "2099-01-01T09:00:00+09:00")
                .article("source", """
                        title: リンクだらけ
                        date: 2026-11-21T09:00:00+09:00
                        section: world
                        authors: [sato]
                        summary: 要約。
                        """, """
                        [ok](/articles/other/) [rel](../other/) [ext](https://example.jp/) [anchor](#h-見出し)
                        [typo](/articles/othr/)
                        [draft](/articles/draft-one/)
                        [future](/articles/scheduled/)
                        ![写真](/media/missing.jpg) ![写真](/media/2026/ok.png) [紙面](/media/print.pdf)
                        ![紙面](/media/print.pdf)
                        [sec](/sections/wrld/) [page](/sections/world/page/2/) [feed](/sections/world/feed.xml)
                        [tag](/tags/%E5%A4%96%E4%BA%A4/) [tag raw](/tags/外交/)
                        [hidden tag](/tags/未公開タグ/)
                        [author](/authors/sato/) [issue](/issues/2026-11-24/) [issues](/issues/) [home](/)
                        [author typo](/authors/satou/)
                        [bad shape](/articles/other/photo.jpg)
                        [relative](photo.jpg)
                        [asset](/css/site.css)
                        <a href="/articles/nowhere/">raw</a>
                        [bad anchor](#nowhere)

                        ## 見出し
                        """)
                .load();

        assertThat(firstLines(result)).containsExactly(
                "articles/source.md:9:1: error: the link /articles/othr/ names an unknown article 'othr'",
                "articles/source.md:10:1: warning: the link /articles/draft-one/ leads to a draft: readers get a 404"
                        + " until it is published",
                "articles/source.md:11:1: warning: the link /articles/scheduled/ leads to an article published only"
                        + " from 2099-01-01T09:00+09:00: until then readers get a 404",
                "articles/source.md:12:1: error: the image /media/missing.jpg names no file in media/",
                "articles/source.md:13:1: error: the image /media/print.pdf is a PDF document, not an image",
                "articles/source.md:14:1: error: the link /sections/wrld/ names an unknown section 'wrld'",
                "articles/source.md:16:1: warning: the link /tags/未公開タグ/ leads to a tag no published article has:"
                        + " readers get a 404",
                "articles/source.md:18:1: error: the link /authors/satou/ names an unknown author 'satou'",
                "articles/source.md:19:1: error: the link /articles/other/photo.jpg leads to no page of the site",
                "articles/source.md:20:1: error: the link photo.jpg (/articles/source/photo.jpg) leads to no page of the site",
                "articles/source.md:21:1: warning: the link /css/site.css leads to no page Kiosk makes",
                "articles/source.md:22:1: error: the link /articles/nowhere/ names an unknown article 'nowhere'",
                "articles/source.md:23:1: warning: the link #nowhere leads to no heading or footnote of this article");
        assertThat(result.content().articles()).extracting("slug").doesNotContain("source");
    }

    @Test
    void load_draftLinkingToADraft_isFine() {
        LoadResult result = ContentFolder.create(temp)
                .article("scheduled", "2099-01-01T09:00:00+09:00")
                .article("later", """
                        title: もっと後
                        date: 2099-02-01T09:00:00+09:00
                        section: world
                        authors: [sato]
                        summary: 要約。
                        """, "[前の記事](/articles/scheduled/)\n")
                .load();

        assertThat(result.problems()).isEmpty();
    }
}
