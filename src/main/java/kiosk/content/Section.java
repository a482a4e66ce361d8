package kiosk.content;

import java.util.Objects;

/** A section of the magazine, such as ワールド or ビジネス. Lower weight comes first in navigation. */
public record Section(String slug, String name, String description, int weight) {

    public Section {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(name, "name");
        description = Objects.requireNonNullElse(description, "");
    }

    public String url() {
        return "/sections/" + slug + "/";
    }
}
