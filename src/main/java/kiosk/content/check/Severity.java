package kiosk.content.check;

import java.util.Locale;

public enum Severity {
    /** The content cannot be published as it is. */
    ERROR,
    /** Publishable, but probably not what the editor meant. */
    WARNING;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
