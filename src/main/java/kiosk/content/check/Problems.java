package kiosk.content.check;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems found in one file, so a bad file is reported in full instead of stopping at
 * the first mistake. Not thread-safe: one instance per file, merged afterwards.
 */
public final class Problems {

    private final String path;
    private final List<Problem> found = new ArrayList<>();

    public Problems(String path) {
        this.path = path;
    }

    public String path() {
        return path;
    }

    public void error(int line, int column, String message, String hint) {
        add(line, column, Severity.ERROR, message, hint);
    }

    public void warning(int line, int column, String message, String hint) {
        add(line, column, Severity.WARNING, message, hint);
    }

    /** An error told in the words of the message bundle. */
    public void error(int line, int column, Message message) {
        found.add(new Problem(path, line, column, Severity.ERROR, message));
    }

    /** A warning told in the words of the message bundle. */
    public void warning(int line, int column, Message message) {
        found.add(new Problem(path, line, column, Severity.WARNING, message));
    }

    private void add(int line, int column, Severity severity, String message, String hint) {
        found.add(new Problem(path, line, column, severity, message, hint));
    }

    /** Reports again problems found earlier in the same file (by a cached read). */
    public void replay(List<Problem> earlier) {
        found.addAll(earlier);
    }

    public boolean hasErrors() {
        return found.stream().anyMatch(Problem::isError);
    }

    public List<Problem> list() {
        return List.copyOf(found);
    }
}
