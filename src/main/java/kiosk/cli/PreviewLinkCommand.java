package kiosk.cli;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kiosk.api.http.PreviewToken;
import kiosk.content.Content;
import kiosk.content.git.ContentRepository;
import kiosk.content.git.RefName;
import kiosk.content.load.ArticleCache;
import kiosk.content.load.ContentLoader;
import kiosk.live.RefCatalogs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code kiosk preview-link}: a link to one article's preview, to share, that expires by itself. */
@Command(name = "preview-link", mixinStandardHelpOptions = true,
        description = {"Prints a signed link that shows one article of the preview (draft or scheduled) and",
                "nothing else, until it expires: to send to a colleague, a source or a lawyer, who need no",
                "token. It holds nothing of the preview token. The server must run with the same token.",
                "With --ref, the link shows the article as that git branch, tag or commit has it (a pull",
                "request's branch), read from git with no checkout; a branch that moves shows its newer commits."})
final class PreviewLinkCommand implements Callable<Integer> {

    /** A week: long enough for a review, short enough that a forgotten link lapses. */
    static final Duration LONGEST = Duration.ofDays(7);
    private static final Pattern DURATION = Pattern.compile("([1-9][0-9]{0,4})([mhd])");

    @Mixin
    ContentOption content;

    @Parameters(paramLabel = "SLUG", description = "The article's slug.")
    String slug;

    @Option(names = "--expires", paramLabel = "DURATION", defaultValue = "48h",
            description = "How long the link works: 90m, 48h, 7d (default ${DEFAULT-VALUE}, at most 7d).")
    String expires;

    @Option(names = "--ref", paramLabel = "BRANCH",
            description = "The git branch, tag or commit whose article the link shows (default: the content folder's files).")
    String ref;

    @Option(names = "--base", paramLabel = "URL",
            description = "The server's address (default: baseUrl in site.yaml).")
    URI base;

    @Option(names = "--preview-token", paramLabel = "TOKEN", defaultValue = "${env:KIOSK_PREVIEW_TOKEN}",
            description = "The server's preview token (default: the KIOSK_PREVIEW_TOKEN environment variable).")
    String previewToken;

    @Spec
    CommandSpec spec;

    Clock clock = Clock.systemUTC();

    @Override
    public Integer call() {
        if (previewToken == null || previewToken.isBlank()) {
            throw new ParameterException(spec.commandLine(), "the preview token is needed to sign the link: set"
                    + " KIOSK_PREVIEW_TOKEN (or pass --preview-token) as for kiosk serve");
        }
        PreviewToken token;
        try {
            token = PreviewToken.of(previewToken);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--preview-token: " + e.getMessage());
        }
        Duration lifetime = duration(expires);
        RefName at = refName();
        Content loaded = at == null ? ContentLoader.load(content.folder).content() : contentAt(at);
        if (loaded.articles().stream().noneMatch(article -> article.slug().equals(slug))) {
            throw new ParameterException(spec.commandLine(), "no article has the slug '" + slug + "'"
                    + (at == null ? "" : " at " + at) + " (or it has errors: run kiosk check)");
        }
        Instant until = clock.instant().plus(lifetime);
        URI server = base != null ? base : loaded.site().baseUrl();
        String root = server.toString().replaceAll("/+$", "");
        spec.commandLine().getOut().println(root + token.path(new PreviewToken.Link(slug, until, at)));
        return 0;
    }

    private RefName refName() {
        try {
            return ref == null ? null : new RefName(ref);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--ref " + ref + ": " + e.getMessage());
        }
    }

    /** The content at {@code at}, read from the git repository around the content folder. */
    private Content contentAt(RefName at) {
        Optional<ContentRepository> opened;
        try {
            opened = ContentRepository.open(content.folder);
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), "--ref: cannot open the git repository of "
                    + content.folder + ": " + e.getMessage());
        }
        try (ContentRepository repository = opened.orElseThrow(() -> new ParameterException(spec.commandLine(),
                "--ref: " + content.folder + " is not in a git work tree"))) {
            return RefCatalogs.content(repository, at.name(), new ArticleCache()).orElseThrow(
                    () -> new ParameterException(spec.commandLine(), "--ref " + at + ": the repository has no such"
                            + " branch, tag or commit"));
        }
    }

    private Duration duration(String text) {
        Matcher matcher = DURATION.matcher(text);
        if (!matcher.matches()) {
            throw new ParameterException(spec.commandLine(), "--expires " + text + ": write a number and m, h or d,"
                    + " such as 48h");
        }
        long amount = Long.parseLong(matcher.group(1));
        Duration duration = switch (matcher.group(2)) {
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
        };
        if (duration.compareTo(LONGEST) > 0) {
            throw new ParameterException(spec.commandLine(), "--expires " + text + ": at most 7d; make a new link"
                    + " when it lapses");
        }
        return duration;
    }
}
