package kiosk.api.graphql;

import java.time.Duration;

/**
 * Makes signed per-article preview links for editors ({@code Query.previewLink}); the HTTP layer
 * holds the preview token and passes this for requests that presented it.
 */
@FunctionalInterface
public interface PreviewLinks {

    /** The path (such as {@code /preview/link/...}) of a link to {@code slug} that works for {@code lifetime}. */
    String path(String slug, Duration lifetime);
}
