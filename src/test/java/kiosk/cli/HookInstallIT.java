package kiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import kiosk.testing.ContentFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kiosk hook install} with the packaged jar and real git: the hook refuses a commit with errors. */
class HookInstallIT {

    @TempDir
    Path temp;

    private record Ran(int exit, String output) {
    }

    @Test
    void install_thenCommitWithAnError_isRefusedAndAFixedCommitGoesThrough() throws Exception {
        ContentFolder folder = ContentFolder.create(temp).article("first", "2026-11-20T09:00:00+09:00");
        git("init", "-q", "-b", "main");
        git("add", ".");
        assertThat(git("commit", "-q", "-m", "the magazine").exit()).isZero();

        Ran install = kiosk("hook", "install", "--content", "content");
        assertThat(install.exit()).as(install.output()).isZero();
        assertThat(install.output()).contains("pre-commit");
        assertThat(Files.readString(temp.resolve(".git/hooks/pre-commit"))).as("the launcher's flags start it quicker")
                .contains(Path.of("bin/kiosk").toAbsolutePath() + "' check");

        folder.article("second", """
                title: 二本目
                date: 2026-11-21T09:00:00+09:00
                section: wrold
                authors: [sato]
                summary: 要約。
                """, "本文。\n");
        git("add", ".");
        Ran refused = git("commit", "-m", "a section misspelt");
        assertThat(refused.exit()).as(refused.output()).isNotZero();
        assertThat(refused.output()).as("in Japanese, the site's language")
                .contains("articles/second.md:4:10: エラー: 「section」のセクション「wrold」はありません");
        assertThat(git("log", "--format=%s").output().strip()).isEqualTo("the magazine");

        Path second = folder.root().resolve("articles/second.md");
        Files.writeString(second, Files.readString(second).replace("wrold", "world"));
        git("add", ".");
        Ran fixed = git("commit", "-m", "the second article");
        assertThat(fixed.exit()).as(fixed.output()).isZero();
        assertThat(git("log", "--format=%s").output().lines()).containsExactly("the second article", "the magazine");
    }

    @Test
    void install_overAHookKioskDidNotWrite_refusesUnlessForced() throws Exception {
        ContentFolder.create(temp);
        git("init", "-q", "-b", "main");
        Path hook = temp.resolve(".git/hooks/pre-commit");
        Files.writeString(hook, "#!/bin/sh\nexec lint-staged\n");

        Ran refused = kiosk("hook", "install", "--content", "content");

        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.output()).contains("exists and Kiosk did not write it").contains("--force");
        assertThat(Files.readString(hook)).isEqualTo("#!/bin/sh\nexec lint-staged\n");
        assertThat(kiosk("hook", "install", "--content", "content", "--force").exit()).isZero();
        assertThat(Files.readString(hook)).contains("check --content 'content' --staged --changed HEAD");
        assertThat(kiosk("hook", "install", "--content", "content").exit()).as("its own hook is replaced").isZero();
    }

    private Ran kiosk(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", Path.of("target/kiosk.jar").toAbsolutePath().toString()));
        command.addAll(List.of(arguments));
        return run(command);
    }

    private Ran git(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=編集部", "-c", "user.email=desk@example.jp",
                "-c", "commit.gpgsign=false"));
        command.addAll(List.of(arguments));
        return run(command);
    }

    private Ran run(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(temp.toFile()).redirectErrorStream(true);
        // the developer's own git settings (a global hooksPath, a template) must not decide the test
        builder.environment().put("GIT_CONFIG_GLOBAL", "/dev/null");
        builder.environment().put("GIT_CONFIG_NOSYSTEM", "1");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Ran(process.exitValue(), output);
    }
}
