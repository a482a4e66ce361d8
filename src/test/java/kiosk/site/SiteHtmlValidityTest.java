package kiosk.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import kiosk.testing.Environment;
import org.junit.jupiter.api.Test;

/**
 * Every baked HTML page of the sample is valid HTML5 by the Nu HTML Checker (the W3C validator), which
 * {@code scripts/html-validator-setup.sh} installs. Skipped without it, except on CI.
 */
class SiteHtmlValidityTest {

    private static final String VERSION = "26.9.27";

    @Test
    void bake_sample_everyPageIsValidHtml5() throws Exception {
        Path tools = System.getenv("KIOSK_TOOLS") != null ? Path.of(System.getenv("KIOSK_TOOLS"))
                : Path.of(System.getProperty("user.home"), ".cache", "kiosk");
        Path jar = tools.resolve("vnu-" + VERSION + "/node_modules/vnu-jar/build/dist/vnu.jar");
        Environment.require(Files.isRegularFile(jar), "the Nu HTML Checker (scripts/html-validator-setup.sh)");
        List<Path> pages = new SiteFiles(BakedSample.output()).files(".html");
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
}
