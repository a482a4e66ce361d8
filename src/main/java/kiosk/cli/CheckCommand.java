package kiosk.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import kiosk.content.Content;
import kiosk.content.check.Problem;
import kiosk.content.load.ContentLoader;
import kiosk.content.load.EditorNotes;
import kiosk.content.load.LoadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code kiosk check}: every problem in the content, in one run. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Checks the content (the newsletter's editor's notes too) and lists every problem as",
                "path:line:column: severity: message.",
                "Exits 0 when there are no errors (warnings allowed), 1 when there are."})
final class CheckCommand implements Callable<Integer> {

    @Mixin
    ContentOption content;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        LoadResult loaded = ContentLoader.load(content.folder);
        List<Problem> problems = new ArrayList<>(loaded.problems());
        problems.addAll(EditorNotes.check(content.folder));
        LoadResult result = new LoadResult(loaded.content(), problems);
        report(result, spec.commandLine().getOut());
        return result.hasErrors() ? 1 : 0;
    }

    /** Every problem, then the summary line: what {@code check} prints, and {@code bake} when it refuses. */
    static void report(LoadResult result, PrintWriter out) {
        result.problems().stream().map(Problem::format).forEach(out::println);
        out.println(summary(result));
        out.flush();
    }

    static String summary(LoadResult result) {
        Content loaded = result.content();
        long drafts = loaded.articles().stream().filter(article -> article.draft()).count();
        return String.format("%d articles (%d drafts), %d sections, %d authors, %d issues, %d series, %d collections, "
                        + "%d specials, %d tags: %d errors, %d warnings",
                loaded.articles().size(), drafts, loaded.sections().size(), loaded.authors().size(),
                loaded.issues().size(), loaded.series().size(), loaded.collections().size(), loaded.specials().size(),
                loaded.tags().size(), result.errorCount(), result.warningCount());
    }
}
