package kiosk.content.files;

import java.io.IOException;

/**
 * A file Kiosk will not read or publish, with the reason and how to fix it, written for the editor
 * who put it there (it becomes a located problem in {@code kiosk check}).
 */
public final class RefusedFileException extends IOException {

    private final String hint;

    public RefusedFileException(String message, String hint) {
        super(message);
        this.hint = hint;
    }

    public String hint() {
        return hint;
    }
}
