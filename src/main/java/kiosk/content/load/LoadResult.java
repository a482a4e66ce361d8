package kiosk.content.load;

import java.util.List;
import java.util.Objects;
import kiosk.content.Content;
import kiosk.content.check.Problem;

/**
 * What loading a content folder produced: everything that is valid, and every problem found.
 * Files with errors are left out of {@code content}; the files beside them are not.
 */
public record LoadResult(Content content, List<Problem> problems, ContentUses uses) {

    public LoadResult {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(uses, "uses");
        problems = problems.stream().sorted(Problem.BY_LOCATION).toList();
    }

    /** A result that knows nothing of which file names what. */
    public LoadResult(Content content, List<Problem> problems) {
        this(content, problems, ContentUses.NONE);
    }

    /** The same result with other problems (those of more checks, or fewer files'). */
    public LoadResult withProblems(List<Problem> others) {
        return new LoadResult(content, others, uses);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    public long errorCount() {
        return problems.stream().filter(Problem::isError).count();
    }

    public long warningCount() {
        return problems.size() - errorCount();
    }
}
