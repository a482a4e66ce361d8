package kiosk.site.bake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import kiosk.testing.ContentFolder;
import kiosk.testing.SampleContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The live-reload script is a server's: a baked site ({@code kiosk bake}) holds neither the file nor a
 * reference to it, {@code kiosk serve} gives it to the preview's pages only, and {@code serve --live-reload}
 * to every page.
 */
class LiveReloadScriptTest {

    @TempDir
    Path temp;

    private Path bake(LiveReload liveReload) {
        ContentFolder content = ContentFolder.create(temp.resolve(liveReload.name()))
                .article("first", "2026-11-20T09:00:00+09:00");
        Path out = temp.resolve(liveReload.name() + "-out");
        new SiteBaker(Path.of("site"), () -> content.root().resolve("media"), out, null, liveReload)
                .bake(new kiosk.catalog.CatalogBuilder().published(content.load().content(), SampleContent.NOW));
        return out;
    }

    private static List<Path> pagesMentioningTheScript(Path out) throws IOException {
        try (Stream<Path> files = Files.walk(out)) {
            return files.filter(file -> file.toString().endsWith(".html")).filter(file -> {
                try {
                    return Files.readString(file, StandardCharsets.UTF_8).contains("live-reload");
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }

    @Test
    void aBakedSite_hasNoTraceOfIt() throws IOException {
        Path out = bake(LiveReload.OFF);

        assertThat(out.resolve("js/live-reload.js")).doesNotExist();
        assertThat(out.resolve("js/ranking.js")).exists();
        assertThat(pagesMentioningTheScript(out)).isEmpty();
    }

    @Test
    void serve_hasTheFileForThePreview_butReadersPagesDoNotLoadIt() throws IOException {
        Path out = bake(LiveReload.PREVIEW);

        assertThat(out.resolve("js/live-reload.js")).exists();
        assertThat(pagesMentioningTheScript(out)).isEmpty();
    }

    @Test
    void serveWithLiveReload_everyPageLoadsIt() throws IOException {
        Path out = bake(LiveReload.EVERYWHERE);

        assertThat(Files.readString(out.resolve("articles/first/index.html")))
                .containsPattern("<script src=\"/js/live-reload\\.js\\?v=\\w+\" defer></script>");
        assertThat(Files.readString(out.resolve("index.html"))).contains("/js/live-reload.js");
    }
}
