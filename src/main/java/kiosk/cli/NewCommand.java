package kiosk.cli;

import picocli.CommandLine.Command;

/** {@code kiosk new}: scaffolds for editors. */
@Command(name = "new", mixinStandardHelpOptions = true, description = "Creates a new content file that passes check.",
        subcommands = NewArticleCommand.class)
final class NewCommand {
}
