package kiosk.api.graphql;

import java.time.OffsetDateTime;
import java.util.List;
import kiosk.catalog.Catalog;
import kiosk.content.check.Problem;

/**
 * The schema's {@code ContentStatus}: how the content is doing, beside the revision now serving (also
 * the editors' {@code status} event of {@code /api/events}). The details (every component after {@code revision}) are for editors: {@link #details()} refuses them
 * to anyone else, whose request runs without the preview token.
 */
public record ContentStatusInfo(String status, String revision, boolean editor, OffsetDateTime lastReload, boolean ok,
                         List<ContentProblem> problems, List<String> reasons) {

    public static ContentStatusInfo of(ContentStatus status, Catalog catalog, boolean editor) {
        OffsetDateTime lastReload = status.lastReload() == null ? null
                : status.lastReload().atZone(catalog.site().timeZone()).toOffsetDateTime();
        return new ContentStatusInfo(status.degraded() ? "DEGRADED" : "OK", catalog.revision(), editor, lastReload,
                status.ok(), status.problems().stream().map(ContentProblem::of).toList(), status.reasons());
    }

    /** This status, for an editor; a reader is refused with an error that says how to see it. */
    ContentStatusInfo details() {
        if (!editor) {
            throw new EditorsOnlyException("the content status's details name draft files: they are for editors,"
                    + " who send the preview token (X-Preview-Token header, or the cookie /preview sets)");
        }
        return this;
    }

    /** The schema's {@code ContentProblem}: a line or column of 0 (unknown) becomes null. */
    public record ContentProblem(String file, Integer line, Integer column, String severity, String message, String hint,
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
