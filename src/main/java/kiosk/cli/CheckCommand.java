package kiosk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import kiosk.content.Content;
import kiosk.content.check.Messages;
import kiosk.content.check.Problem;
import kiosk.content.check.ReportFormat;
import kiosk.content.files.FileTree;
import kiosk.content.git.ContentRepository;
import kiosk.content.load.ArticleCache;
import kiosk.content.load.ContentLoader;
import kiosk.content.load.ContentUses;
import kiosk.content.load.EditorNotes;
import kiosk.content.load.LoadResult;
import kiosk.content.load.PublishingDates;
import kiosk.content.proofread.Proofreading;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code kiosk check}: every problem in the content, in one run; or those a change brings. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Checks the content (the newsletter's editor's notes too) and lists every problem as",
                "path:line:column: severity: message.",
                "Exits 0 when there are no errors (warnings allowed), 1 when there are."})
final class CheckCommand implements Callable<Integer> {

    @Mixin
    ContentOption content;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default), json, or github (annotations for GitHub Actions).")
    ReportFormat format;

    @Option(names = "--changed", paramLabel = "REF", arity = "0..1", fallbackValue = "HEAD",
            description = {"Only the files changed since REF (default HEAD; in CI the target branch, such as",
                    "origin/main), and the files that name what changed (an author's articles)."})
    String changedSince;

    @Mixin
    LanguageOption language;

    @Option(names = "--proofread", description = {"Also proofread titles, summaries and bodies with Japanese style rules",
            "(content/proofread.yaml chooses them): warnings, which do not fail the check."})
    boolean proofread;

    @Option(names = "--staged", description = "Check the content as the index has it: what `git commit` would record.")
    boolean staged;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        LoadResult result = changedSince == null && !staged ? all() : fromGit();
        PrintWriter out = spec.commandLine().getOut();
        String prefix = pathInRepository();
        Messages messages = messages(result);
        format.print(result.problems(), summary(result, messages), prefix, messages, out);
        out.flush();
        return result.hasErrors() ? 1 : 0;
    }

    private LoadResult all() {
        LoadResult loaded = ContentLoader.load(content.folder);
        return withMoreChecks(loaded, ContentLoader.folder(content.folder), path -> true);
    }

    /** The content of the work tree or the index, and only the problems of what changed since a commit. */
    private LoadResult fromGit() throws IOException {
        try (ContentRepository repository = ContentRepository.open(content.folder).orElseThrow(() ->
                new ParameterException(spec.commandLine(), content.folder + " is not in a git work tree: "
                        + "--changed and --staged read git; run `kiosk check` without them"))) {
            FileTree files = staged ? repository.staged() : ContentLoader.folder(content.folder);
            LoadResult loaded = ContentLoader.load(files, new ArticleCache());
            if (changedSince == null) {
                return withMoreChecks(loaded, files, path -> true);
            }
            Optional<ContentRepository.Revision> base = repository.revision(changedSince);
            if (base.isEmpty() && !(changedSince.equals("HEAD") && repository.resolve("HEAD") == null)) {
                throw new ParameterException(spec.commandLine(), "--changed " + changedSince
                        + ": the repository has no branch, tag or commit by that name");
            }
            // before the first commit there is nothing to compare with: every file is new
            Content before = base.map(revision -> ContentLoader.load(revision.tree(), new ArticleCache()).content())
                    .orElseGet(Content::empty);
            Set<String> changed = repository.changedSince(base.orElse(null), staged);
            ContentUses.Affected affected = loaded.uses().affectedBy(changed, before, loaded.content());
            List<Problem> problems = new ArrayList<>(withMoreChecks(loaded, files, affected::includes).problems());
            problems.addAll(PublishingDates.check(before, loaded.content(), files, Instant.now()));
            return loaded.withProblems(problems.stream().filter(problem -> affected.includes(problem.path())).toList());
        }
    }

    /**
     * The checks beyond loading: the newsletter's editor's notes, and proofreading when asked for, of the
     * articles whose paths {@code proofreadOnly} accepts (proofreading is the slowest check of all).
     */
    private LoadResult withMoreChecks(LoadResult loaded, FileTree files, Predicate<String> proofreadOnly) {
        List<Problem> problems = new ArrayList<>(loaded.problems());
        problems.addAll(EditorNotes.check(files));
        if (proofread) {
            problems.addAll(Proofreading.check(files, loaded, messages(loaded), proofreadOnly));
        }
        return loaded.withProblems(problems);
    }

    private Messages messages(LoadResult loaded) {
        return language.messages(loaded.content());
    }

    /** Where the content folder is in its repository ({@code content/}), for annotations; "" outside git. */
    private String pathInRepository() throws IOException {
        if (format != ReportFormat.GITHUB) {
            return "";
        }
        Optional<ContentRepository> repository = ContentRepository.open(content.folder);
        try (ContentRepository open = repository.orElse(null)) {
            return open == null ? "" : open.pathInRepository();
        }
    }

    /** Every problem, then the summary line: what {@code bake} and {@code serve} print when they refuse. */
    static void report(LoadResult result, Messages messages, PrintWriter out) {
        ReportFormat.TEXT.print(result.problems(), summary(result, messages), "", messages, out);
        out.flush();
    }

    static String summary(LoadResult result, Messages messages) {
        Content loaded = result.content();
        long drafts = loaded.articles().stream().filter(article -> article.draft()).count();
        return messages.text("summary", loaded.articles().size(), drafts, loaded.sections().size(), loaded.authors().size(),
                loaded.issues().size(), loaded.series().size(), loaded.collections().size(), loaded.specials().size(),
                loaded.tags().size(), result.errorCount(), result.warningCount());
    }
}
