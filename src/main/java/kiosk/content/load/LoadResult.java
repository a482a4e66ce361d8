package kiosk.content.load;

import java.util.List;
import java.util.Objects;
import kiosk.content.Content;
import kiosk.content.check.Problem;

/**
 * What loading a content folder produced: everything that is valid, and every problem found.
 * Files with errors are left out of {@code content}; the files beside them are not.
 */
public record LoadResult(Content content, List<Problem> problems) {

    public LoadResult {
        Objects.requireNonNull(content, "content");
        problems = problems.stream().sorted(Problem.BY_LOCATION).toList();
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
