package kiosk.content;

import java.util.Objects;

/**
 * A tag as articles name it. Its slug comes from {@code tags.yaml} or is derived from the name
 * (see {@link TagSlugs}), so Japanese tag names keep readable URLs.
 */
public record Tag(String slug, String name, String description) {

    public Tag {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(name, "name");
        description = Objects.requireNonNullElse(description, "");
    }

    public String url() {
        return "/tags/" + UrlPaths.encodeSegment(slug) + "/";
    }
}
