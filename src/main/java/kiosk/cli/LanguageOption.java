package kiosk.cli;

import kiosk.content.Content;
import kiosk.content.check.Messages;
import picocli.CommandLine.Option;

/** {@code --lang ja|en}, shared by the commands whose words editors read: check, bake, serve. */
final class LanguageOption {

    @Option(names = "--lang", paramLabel = "LANG",
            description = "ja or en: the language of the messages (default: the site's language in site.yaml).")
    String language;

    /** The editors' language: {@code --lang}, else that of the site {@code content} has. */
    Messages messages(Content content) {
        return Messages.forLanguage(language != null ? language : content.site().language());
    }
}
