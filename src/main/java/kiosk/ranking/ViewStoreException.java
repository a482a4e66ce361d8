package kiosk.ranking;

/** The store could not be read or written (disk full, database locked, Redis unreachable...). */
public class ViewStoreException extends RuntimeException {

    public ViewStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
