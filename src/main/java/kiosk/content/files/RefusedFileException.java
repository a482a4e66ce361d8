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

    /** A file of {@code size} bytes where at most {@code maxBytes} are read. */
    public static RefusedFileException tooLarge(long size, long maxBytes) {
        return new RefusedFileException("the file is too large: " + Sizes.format(size) + ", at most "
                + Sizes.format(maxBytes) + " for this kind of file", "make it smaller, or split it");
    }

    public String hint() {
        return hint;
    }
}
