package kiosk.api.http;

import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
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

    /** Refs whose catalogs {@code at} gives and whose media files {@code media} reads. */
    static ContentRefs of(Function<RefName, Optional<Catalog>> at, BiFunction<RefName, String, Optional<byte[]>> media) {
        return new ContentRefs() {
            @Override
            public Optional<Catalog> at(RefName ref) {
                return at.apply(ref);
            }

            @Override
            public Optional<byte[]> media(RefName ref, String path) {
                return media.apply(ref, path);
            }
        };
    }

    /**
     * The preview catalog of the content at {@code ref} as the ref is now, or empty when there is no
     * such ref.
     *
     * @throws java.util.concurrent.RejectedExecutionException when {@link #MAX_BUILDS} snapshots are being built
     */
    Optional<Catalog> at(RefName ref);

    /**
     * A media file as {@code ref} has it (a photo a branch adds), or empty when it has none: then the
     * work tree's is served.
     *
     * @param path relative to the content folder: {@code media/photo.jpg}
     */
    default Optional<byte[]> media(RefName ref, String path) {
        return Optional.empty();
    }
}
