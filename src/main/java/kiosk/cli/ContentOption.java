package kiosk.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --content DIR}, shared by every command that reads content. */
final class ContentOption {

    @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
            description = "The content folder (default: ${DEFAULT-VALUE}).")
    Path folder;
}
