package kiosk.content;

import java.util.Objects;

/**
 * A writer, photographer or agency credited on articles.
 *
 * @param sectionSlug the author's home section, or null
 * @param agency      true for a wire service or other organisation rather than a person
 */
public record Author(String slug, String name, String bio, String sectionSlug, boolean agency) {

    public Author {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(name, "name");
        bio = Objects.requireNonNullElse(bio, "");
    }

    public String url() {
        return "/authors/" + slug + "/";
    }
}
