package kiosk.api.graphql;

import java.time.Duration;
import java.util.Optional;
import kiosk.content.git.RefName;

/**
 * Makes signed per-article preview links for editors ({@code Query.previewLink}); the HTTP layer
 * holds the preview token and passes this for requests that presented it.
 */
@FunctionalInterface
public interface PreviewLinks {

    /**
     * The path (such as {@code /preview/link/...}) of a link to {@code slug} that works for
     * {@code lifetime}, showing the article as {@code ref} has it when opened, or as the content the
     * request reads has it when {@code ref} is null (the caller checked that it has the article);
     * empty when {@code ref} has no such article, or there is no such ref.
     */
    Optional<String> path(String slug, RefName ref, Duration lifetime);
}
