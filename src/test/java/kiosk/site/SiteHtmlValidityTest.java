package kiosk.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.Map;
import kiosk.catalog.Catalog;
import kiosk.content.Article;
import kiosk.site.bake.MostRead;
import kiosk.site.bake.SiteBaker;
import kiosk.testing.Environment;
import kiosk.testing.SampleContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every baked HTML page of the sample is valid HTML5 by the Nu HTML Checker (the W3C validator), which
 * {@code scripts/html-validator-setup.sh} installs, and so are the home and an article page baked as
 * {@code kiosk serve} bakes them, with the ranking box and its script. Skipped without it, except on CI.
 */
class SiteHtmlValidityTest {

    private static final String VERSION = "26.9.27";

    @Test
    void bake_sample_everyPageIsValidHtml5(@TempDir Path temp) throws Exception {
        Path tools = System.getenv("KIOSK_TOOLS") != null ? Path.of(System.getenv("KIOSK_TOOLS"))
                : Path.of(System.getProperty("user.home"), ".cache", "kiosk");
        Path jar = tools.resolve("vnu-" + VERSION + "/node_modules/vnu-jar/build/dist/vnu.jar");
        Environment.require(Files.isRegularFile(jar), "the Nu HTML Checker (scripts/html-validator-setup.sh)");
        List<Path> pages = new ArrayList<>(new SiteFiles(BakedSample.output()).files(".html"));
        pages.addAll(withRankings(temp));
        Path report = Files.createTempFile("kiosk-vnu-", ".txt");
        try {
            List<String> command = new ArrayList<>(List.of("java", "-jar", jar.toString(), "--errors-only",
                    "--format", "gnu"));
            pages.forEach(page -> command.add(page.toString()));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(report.toFile()).start();
            assertTrue(process.waitFor(5, TimeUnit.MINUTES), "the checker finished");
            String errors = Files.readString(report, StandardCharsets.UTF_8);
            assertEquals("", errors, "HTML errors in " + pages.size() + " pages");
            assertEquals(0, process.exitValue());
        } finally {
            Files.deleteIfExists(report);
        }
    }

    /**
     * The home page and an article page of the sample baked with a day's ranking (and empty week and
     * month) that holds a sponsored article, and the newsletter's pages, as serve bakes them.
     */
    private static List<Path> withRankings(Path folder) {
        Catalog catalog = SampleContent.catalog();
        Article article = catalog.articles().get(0);
        Article sponsored = catalog.articles().stream().filter(Article::isSponsored).findFirst().orElseThrow();
        new SiteBaker(Path.of("site"), SampleContent.folder().resolve("media"), folder,
                first -> new MostRead.Standings(SampleContent.NOW,
                        Map.of(MostRead.Window.DAY, List.of(article.slug(), sponsored.slug()))))
                .bake(catalog);
        return List.of(folder.resolve("index.html"), folder.resolve(article.url().substring(1)).resolve("index.html"),
                folder.resolve("newsletter/index.html"), folder.resolve("newsletter/confirm/index.html"),
                folder.resolve("newsletter/unsubscribe/index.html"), folder.resolve("newsletter/topics/index.html"));
    }
}
