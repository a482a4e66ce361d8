package kiosk.ranking;

import java.util.Optional;

/**
 * What the ranking needs to know of the content: whether a slug is a published article, and its section.
 * The server passes a lookup into its current catalog, e.g.
 * {@code slug -> holder.get().article(slug).map(article -> article.section().slug())}; the HTTP layer can
 * use the same function to refuse views of unknown or unpublished slugs.
 */
@FunctionalInterface
public interface PublishedArticles {

    /** The section slug of a published article; empty for unknown, draft or scheduled slugs. */
    Optional<String> sectionOf(String slug);
}
