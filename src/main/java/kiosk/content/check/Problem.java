package kiosk.content.check;

import java.util.Comparator;
import java.util.Objects;

/**
 * One thing wrong with the content, located in a file.
 *
 * @param path   relative to the content folder, with forward slashes
 * @param line   1-based, or 0 when the problem concerns the whole file
 * @param column 1-based, or 0 when unknown
 * @param hint   how to fix it, or empty
 */
public record Problem(String path, int line, int column, Severity severity, String message, String hint) {

    public static final Comparator<Problem> BY_LOCATION = Comparator.comparing(Problem::path)
            .thenComparingInt(Problem::line)
            .thenComparingInt(Problem::column)
            .thenComparing(Problem::message);

    public Problem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        hint = Objects.requireNonNullElse(hint, "");
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code path:line:column: error: message}, the format compilers use and editors can jump to. */
    public String location() {
        return Printable.escape(path) + ":" + Math.max(line, 1) + ":" + Math.max(column, 1);
    }

    /**
     * The one-line form, then the hint indented on the next line when there is one. File names and
     * values come from content, so control characters in them are escaped: they go to terminals and
     * CI logs, where an escape sequence could rewrite what an editor reads.
     */
    public String format() {
        String first = location() + ": " + severity.label() + ": " + Printable.escape(message);
        return hint.isEmpty() ? first : first + System.lineSeparator() + "  hint: " + Printable.escape(hint);
    }

    @Override
    public String toString() {
        return format();
    }
}
