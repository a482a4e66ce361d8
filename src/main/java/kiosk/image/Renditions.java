package kiosk.image;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * The renditions of the content's images by their {@code /media/...} reference: what the pipeline has
 * produced so far. Immutable; a catalog carries one, so pages and the API describe the same files.
 * An image without one (not processed yet, or not decodable) is published as the original file alone.
 */
public final class Renditions {

    private static final Renditions NONE = new Renditions(Map.of());

    private final Map<String, Rendition> bySource;

    public Renditions(Map<String, Rendition> bySource) {
        this.bySource = Map.copyOf(bySource);
    }

    public static Renditions none() {
        return NONE;
    }

    /** The rendition of a {@code /media/...} reference, if it has been produced. */
    public Optional<Rendition> of(String src) {
        return Optional.ofNullable(src == null ? null : bySource.get(src));
    }

    /** Every rendition by its {@code /media/...} reference. */
    public Map<String, Rendition> all() {
        return bySource;
    }

    public int size() {
        return bySource.size();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Renditions that && bySource.equals(that.bySource);
    }

    @Override
    public int hashCode() {
        return bySource.hashCode();
    }

    @Override
    public String toString() {
        return "Renditions" + bySource.keySet();
    }
}
