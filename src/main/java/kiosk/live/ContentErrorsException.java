package kiosk.live;

import kiosk.content.load.LoadResult;

/**
 * The content cannot be served at all: it has errors, and nothing can take its place (the content
 * folder does not exist).
 */
public final class ContentErrorsException extends RuntimeException {

    private final transient LoadResult result;

    public ContentErrorsException(LoadResult result) {
        super(result.errorCount() + " content errors");
        this.result = result;
    }

    /** The load that failed: its problems and what did load, for a report like {@code kiosk check}'s. */
    public LoadResult result() {
        return result;
    }
}
