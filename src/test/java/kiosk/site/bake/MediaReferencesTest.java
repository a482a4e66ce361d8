package kiosk.site.bake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import kiosk.catalog.Catalog;
import kiosk.catalog.CatalogBuilder;
import kiosk.content.load.LoadResult;
import kiosk.testing.ContentFolder;
import kiosk.testing.SampleContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MediaReferencesTest {

    private static final byte[] PDF = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path temp;

    @Test
    void of_bodyImagesAndLinks_listsTheMediaFilesWithoutQueryOrFragment() {
        ContentFolder content = ContentFolder.create(temp)
                .writeBytes("media/photo.png", ContentFolder.png()).writeBytes("media/report.pdf", PDF)
                .writeBytes("media/annex.pdf", PDF).writeBytes("media/map.png", ContentFolder.png())
                .article("with-media", """
                        title: 資料つき
                        date: 2026-11-22T09:00:00+09:00
                        section: world
                        authors: [sato]
                        summary: 要約。
                        """, """
                        本文。![港](/media/photo.png)

                        [報告書](/media/report.pdf?download=1)と[別表](/media/annex.pdf#p2)、[外部](https://example.com/media/x.png)。

                        <p><img src="/media/map.png" alt="地図"></p>
                        """);
        LoadResult result = content.load();
        assertThat(result.hasErrors()).as(result.problems().toString()).isFalse();
        Catalog catalog = new CatalogBuilder().published(result.content(), SampleContent.NOW);

        assertThat(MediaReferences.of(catalog, null).files())
                .containsExactlyInAnyOrder("media/photo.png", "media/report.pdf", "media/annex.pdf", "media/map.png");
    }
}
