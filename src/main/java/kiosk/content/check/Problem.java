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
 * @param source the bundle's key and values that {@code message} and {@code hint} were made from, so
 *               they can be told in another language; null for a problem told in English only
 */
public record Problem(String path, int line, int column, Severity severity, String message, String hint,
                      Message source) {

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

    /** A problem told in English only. */
    public Problem(String path, int line, int column, Severity severity, String message, String hint) {
        this(path, line, column, severity, message, hint, null);
    }

    /** A problem told in the words of the message bundle (English here; {@link #format(Messages)} in others). */
    public Problem(String path, int line, int column, Severity severity, Message source) {
        this(path, line, column, severity, Messages.ENGLISH.text(source), Messages.ENGLISH.hint(source), source);
    }

    /** The message in the language of {@code messages} when the bundle has it, else as found. */
    public String messageIn(Messages messages) {
        return source == null ? message : messages.text(source);
    }

    /** The hint in the language of {@code messages} when the bundle has it, else as found. */
    public String hintIn(Messages messages) {
        return source == null ? hint : messages.hint(source);
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
        return format(Messages.ENGLISH);
    }

    /** {@link #format()} in the words of {@code messages}. */
    public String format(Messages messages) {
        String first = location() + ": " + messages.text("severity." + severity.label()) + ": "
                + Printable.escape(messageIn(messages));
        String hint = hintIn(messages);
        return hint.isEmpty() ? first : first + System.lineSeparator() + "  " + messages.text("hint") + ": "
                + Printable.escape(hint);
    }

    @Override
    public String toString() {
        return format();
    }
}
