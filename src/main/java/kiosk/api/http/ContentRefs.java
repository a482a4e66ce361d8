package kiosk.api.http;

import java.util.Optional;
import kiosk.catalog.Catalog;
import kiosk.content.git.RefName;

/**
 * The preview catalogs of the content at git refs other than the work tree's, for
 * {@code /preview/@<ref>/...} and the API's {@value #HEADER} header; editors only.
 */
@FunctionalInterface
public interface ContentRefs {

    /** The request header that names the ref an API request reads. */
    String HEADER = "X-Content-Ref";

    /** How many snapshots of refs may be building or waiting to at once; more are refused (503). */
    int MAX_BUILDS = 10;

    /** For a server whose content is not in a git repository: it has no refs. */
    ContentRefs NONE = ref -> Optional.empty();

    /**
     * The preview catalog of the content at {@code ref} as the ref is now, or empty when there is no
     * such ref.
     *
     * @throws java.util.concurrent.RejectedExecutionException when {@link #MAX_BUILDS} snapshots are being built
     */
    Optional<Catalog> at(RefName ref);
}
