package kiosk.site.bake;

/** A bake that could not finish: a template failed, or the output folder could not be written. */
public final class BakeException extends RuntimeException {

    public BakeException(String message, Throwable cause) {
        super(message, cause);
    }

    public BakeException(String message) {
        super(message);
    }
}
