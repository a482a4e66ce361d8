package kiosk.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.CodeSource;
import java.util.concurrent.Callable;
import kiosk.content.git.ContentRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code kiosk hook}: git hooks that check content before it is committed. */
@Command(name = "hook", mixinStandardHelpOptions = true, description = "Installs git hooks that check the content.",
        subcommands = HookCommand.Install.class)
final class HookCommand {

    /** The line that marks a hook as Kiosk's own, which a new install may replace. */
    static final String MARK = "# installed by `kiosk hook install`";

    /** {@code kiosk hook install}: the pre-commit hook runs {@code check --staged --changed HEAD}. */
    @Command(name = "install", mixinStandardHelpOptions = true,
            description = {"Writes the repository's pre-commit hook: each commit's content is checked first",
                    "(what the commit records and what names it), and a commit with errors is refused.",
                    "A hook that Kiosk did not write is left alone unless --force."})
    static final class Install implements Callable<Integer> {

        @Mixin
        ContentOption content;

        @Option(names = "--force", description = "Replace a pre-commit hook that Kiosk did not write.")
        boolean force;

        @Option(names = "--command", paramLabel = "CMD",
                description = "How the hook runs Kiosk (default: bin/kiosk beside the build's target/kiosk.jar, else this Java"
                        + " and this kiosk.jar, else `kiosk`).")
        String command;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            try (ContentRepository repository = ContentRepository.open(content.folder).orElseThrow(() ->
                    new ParameterException(spec.commandLine(), content.folder + " is not in a git work tree"))) {
                Path hook = repository.hooksFolder().resolve("pre-commit");
                if (Files.exists(hook) && !force && !Files.readString(hook, StandardCharsets.UTF_8).contains(MARK)) {
                    spec.commandLine().getErr().println(hook + " exists and Kiosk did not write it: it is left as it is."
                            + System.lineSeparator() + "  hint: call `" + kioskCommand() + " check --staged --changed HEAD`"
                            + " from it, or pass --force to replace it");
                    return 1;
                }
                Files.createDirectories(hook.getParent());
                Files.writeString(hook, script(repository.pathFromWorkTree()), StandardCharsets.UTF_8);
                Files.setPosixFilePermissions(hook, PosixFilePermissions.fromString("rwxr-xr-x"));
                spec.commandLine().getOut().println("wrote " + hook + ": each commit's content is checked first"
                        + " (skip once with git commit --no-verify)");
                return 0;
            }
        }

        private String script(String contentFolder) {
            return "#!/bin/sh\n" + MARK + "\n"
                    + "# It checks the content the commit records, and what names it; a commit with errors is refused.\n"
                    + "exec " + kioskCommand() + " check --content " + quoted(contentFolder) + " --staged --changed HEAD\n";
        }

        private String kioskCommand() {
            if (command != null) {
                return command;
            }
            CodeSource source = Main.class.getProtectionDomain().getCodeSource();
            try {
                Path code = source == null ? null : Path.of(source.getLocation().toURI());
                if (code != null && code.getFileName().toString().endsWith(".jar")) {
                    Path launcher = launcherOf(code.toAbsolutePath());
                    return launcher != null ? quoted(launcher.toString())
                            : quoted(Path.of(System.getProperty("java.home"), "bin", "java").toString()) + " -jar "
                                    + quoted(code.toAbsolutePath().toString());
                }
            } catch (URISyntaxException e) {
                // not a file: the hook runs the kiosk on the PATH, as when Kiosk runs from classes
            }
            return "kiosk";
        }

        /**
         * bin/kiosk beside the build's target/kiosk.jar, which it runs by default: the hook then starts with the
         * launcher's flags (the class-data archive, C1 only), which start a check quicker (README, "Start-up").
         */
        private static Path launcherOf(Path jar) {
            Path folder = jar.getParent();
            if (folder == null || folder.getParent() == null || !"target".equals(String.valueOf(folder.getFileName()))) {
                return null;
            }
            Path launcher = folder.getParent().resolve("bin").resolve("kiosk");
            return Files.isExecutable(launcher) ? launcher : null;
        }

        /** A word for sh, quoted whatever it holds. */
        private static String quoted(String word) {
            return "'" + word.replace("'", "'\\''") + "'";
        }
    }
}
