package kiosk.content.load;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import kiosk.content.Content;
import kiosk.content.check.Problem;

/**
 * What loading a content folder produced: everything that is valid, and every problem found.
 * Files with errors are left out of {@code content}; the files beside them are not.
 *
 * @param digests the SHA-256 of each file read, by its path in the folder (as articles and problems name it):
 *                what reads the files again after the load ({@code serve --proofread}) knows which changed
 */
public record LoadResult(Content content, List<Problem> problems, ContentUses uses, Map<String, byte[]> digests) {

    public LoadResult {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(uses, "uses");
        problems = problems.stream().sorted(Problem.BY_LOCATION).toList();
        digests = Map.copyOf(digests);
    }

    /** A result that knows nothing of which file names what, nor of the files' digests. */
    public LoadResult(Content content, List<Problem> problems) {
        this(content, problems, ContentUses.NONE, Map.of());
    }

    /** The same result with other problems (those of more checks, or fewer files'). */
    public LoadResult withProblems(List<Problem> others) {
        return new LoadResult(content, others, uses, digests);
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
