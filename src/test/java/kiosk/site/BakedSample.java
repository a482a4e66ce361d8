package kiosk.site;

import java.nio.file.Path;
import kiosk.site.bake.BakeReport;
import kiosk.site.bake.SiteBaker;
import kiosk.testing.SampleContent;

/**
 * The sample magazine baked once per test JVM into {@code target/baked-sample/}, for tests that
 * read the output (and for people who want to look at it after a test run).
 */
public final class BakedSample {

    private static Path output;

    private BakedSample() {
    }

    public static synchronized Path output() {
        if (output == null) {
            Path out = Path.of("target", "baked-sample").toAbsolutePath();
            BakeReport report = new SiteBaker(Path.of("site"), SampleContent.folder().resolve("media"), out)
                    .bake(SampleContent.catalog());
            System.out.println("baked the sample: " + report.summary());
            output = out;
        }
        return output;
    }
}
