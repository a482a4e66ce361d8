package kiosk.live;

import java.util.List;
import kiosk.content.check.Problem;

/** The content cannot be served at all: it has errors and there is no earlier good snapshot. */
public final class ContentErrorsException extends RuntimeException {

    private final transient List<Problem> problems;

    public ContentErrorsException(List<Problem> problems) {
        super(problems.stream().filter(Problem::isError).count() + " content errors");
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
