package kiosk.api.graphql;

import java.time.OffsetDateTime;
import java.util.List;
import kiosk.catalog.Catalog;
import kiosk.content.check.Problem;

/** The schema's {@code ContentStatus}: how the content last reloaded, beside the revision now serving. */
record ContentStatusInfo(String revision, OffsetDateTime lastReload, boolean ok, List<ContentProblem> problems,
                         List<String> reasons) {

    static ContentStatusInfo of(ContentStatus status, Catalog catalog) {
        OffsetDateTime lastReload = status.lastReload() == null ? null
                : status.lastReload().atZone(catalog.site().timeZone()).toOffsetDateTime();
        return new ContentStatusInfo(catalog.revision(), lastReload, status.ok(),
                status.problems().stream().map(ContentProblem::of).toList(), status.reasons());
    }

    /** The schema's {@code ContentProblem}: a line or column of 0 (unknown) becomes null. */
    record ContentProblem(String file, Integer line, Integer column, String severity, String message, String hint,
                          String formatted) {

        static ContentProblem of(Problem problem) {
            return new ContentProblem(problem.path(), positive(problem.line()), positive(problem.column()),
                    problem.severity().name(), problem.message(), problem.hint().isEmpty() ? null : problem.hint(),
                    problem.format());
        }

        private static Integer positive(int value) {
            return value > 0 ? value : null;
        }
    }
}
