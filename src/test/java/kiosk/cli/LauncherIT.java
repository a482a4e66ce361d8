package kiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kiosk.testing.ContentFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher {@code bin/kiosk} as users run it, on the packaged jar: it maps the class-data sharing
 * archive the build made (classes come from it, not from the jar), passes the command's output and exit
 * code through, and runs as well, and as quietly, when the archive is missing or was made for another jar.
 */
class LauncherIT {

    /** check's summary of the sample magazine, whose counts grow with it. */
    private static final String SUMMARY = "\\d+ articles \\(1 drafts\\), .*: 0 errors, 0 warnings";

    private record Run(int exit, String output) {
    }

    private static Run launch(Map<String, String> environment, String... arguments) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(concat(List.of("bin/kiosk"), List.of(arguments))).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("bin/kiosk finished").isTrue();
        return new Run(process.exitValue(), output);
    }

    private static List<String> concat(List<String> first, List<String> second) {
        return Stream.concat(first.stream(), second.stream()).toList();
    }

    @Test
    void check_withTheBuildsArchive_loadsKiosksClassesFromIt() throws Exception {
        assertThat(Path.of("target/kiosk.jsa")).as("the archive the build makes").isRegularFile();

        Run run = launch(Map.of("KIOSK_JAVA_OPTS", "-Xlog:class+load=info"), "check", "--lang", "en", "--content", "content");

        assertThat(run.exit()).isZero();
        assertThat(run.output()).containsPattern(SUMMARY)
                .containsPattern("kiosk\\.cli\\.CheckCommand source: shared objects file")
                .containsPattern("kiosk\\.content\\.load\\.ContentLoader source: shared objects file")
                // compiled for Java 5: only a static archive takes them
                .containsPattern("picocli\\.CommandLine source: shared objects file")
                .containsPattern("picocli\\.CommandLine\\$Model\\$CommandSpec source: shared objects file")
                .doesNotContain("kiosk.content.load.ContentLoader source: file:");
    }

    @Test
    void bake_brokenContent_passesTheRefusalAndExitCodeThrough(@TempDir Path temp) throws Exception {
        Path content = ContentFolder.create(temp).article("bad", "not a date").root();

        Run run = launch(Map.of(), "bake", "--lang", "en", "--content", content.toString(), "--out",
                temp.resolve("out").toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.output()).contains("kiosk bake: refused");
    }

    @Test
    void check_archiveMadeForAnotherJar_runsWithoutItAndSaysNothingAboutIt(@TempDir Path temp) throws Exception {
        Path jar = Files.copy(Path.of("target/kiosk.jar"), temp.resolve("kiosk.jar"));
        Files.copy(Path.of("target/kiosk.jsa"), temp.resolve("kiosk.jsa"));

        Run run = launch(Map.of("KIOSK_JAR", jar.toString(), "KIOSK_JAVA_OPTS", "-Xlog:class+load=info"),
                "check", "--lang", "en", "--content", "content");

        assertThat(run.exit()).isZero();
        assertThat(run.output()).containsPattern(SUMMARY).doesNotContain("[warning]")
                .containsPattern("kiosk\\.cli\\.CheckCommand source: file:");
    }

    @Test
    void serve_usesTheSerialCollector_andACollectorNamedInTheOptionsReplacesIt() throws Exception {
        Run serial = launch(Map.of("KIOSK_JAVA_OPTS", "-Xlog:gc=info"), "serve", "--help");
        Run named = launch(Map.of("KIOSK_JAVA_OPTS", "-XX:+UseG1GC -Xlog:gc=info"), "check", "--lang", "en",
                "--content", "content");

        assertThat(serial.exit()).isZero();
        assertThat(serial.output()).contains("Using Serial");
        assertThat(named.exit()).as(named.output()).isZero();
        assertThat(named.output()).contains("Using G1").containsPattern(SUMMARY);
    }

    @Test
    void oneShotCommands_getASmallYoungGenerationThatPromotesAtOnce_andEveryCommandHugePagesWhereTheKernelOffersThem() throws Exception {
        Path hugePages = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");
        boolean offered = Files.exists(hugePages) && Files.readString(hugePages).matches("(?s).*\\[(madvise|always)].*");
        String fromLauncher = "\\s+= %s\\s+\\{product} \\{command line}";

        Run check = launch(Map.of("KIOSK_JAVA_OPTS", "-XX:+PrintFlagsFinal"), "check", "--lang", "en", "--content", "content");
        Run serve = launch(Map.of("KIOSK_JAVA_OPTS", "-XX:+PrintFlagsFinal -XshowSettings:properties"), "serve", "--help");
        Run g1 = launch(Map.of("KIOSK_JAVA_OPTS", "-XX:+UseG1GC -XX:+PrintFlagsFinal"), "check", "--lang", "en",
                "--content", "content");

        assertThat(check.exit()).isZero();
        assertThat(check.output()).containsPattern(SUMMARY).containsPattern("MaxNewSize" + fromLauncher.formatted(64 << 20))
                .containsPattern("MaxTenuringThreshold" + fromLauncher.formatted(0))
                .containsPattern("SurvivorRatio" + fromLauncher.formatted(30));
        assertThat(serve.output()).contains("org.eclipse.jetty.util.referencesPerCacheLine = 16")
                .doesNotContainPattern("MaxNewSize" + fromLauncher.formatted("\\d+"))
                .doesNotContainPattern("MaxTenuringThreshold" + fromLauncher.formatted("\\d+"));
        assertThat(g1.output()).doesNotContainPattern("MaxNewSize" + fromLauncher.formatted("\\d+"));
        for (Run run : List.of(check, serve, g1)) {
            assertThat(Pattern.compile("UseTransparentHugePages\\s+= true").matcher(run.output()).find())
                    .as("huge pages asked for, the kernel offering them: %s", offered).isEqualTo(offered);
        }
    }

    @Test
    void version_noArchiveBesideTheJar_runs(@TempDir Path temp) throws Exception {
        Path jar = Files.copy(Path.of("target/kiosk.jar"), temp.resolve("kiosk.jar"));

        Run run = launch(Map.of("KIOSK_JAR", jar.toString()), "--version");

        assertThat(run.exit()).isZero();
        assertThat(run.output().strip()).startsWith("kiosk ");
    }
}
