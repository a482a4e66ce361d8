package kiosk.ranking;

/**
 * A view was not taken because the recorder's queue is full or it is closed. Nothing was counted; the
 * HTTP layer answers 503 so the load sheds instead of memory growing.
 */
public class ViewRefusedException extends RuntimeException {

    public ViewRefusedException(String message) {
        super(message, null, false, false); // refusals come in floods under load: no stack trace
    }
}
