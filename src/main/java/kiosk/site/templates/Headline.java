package kiosk.site.templates;

import java.util.Objects;

/**
 * An article named by its title alone, as a ranking lists it.
 *
 * @param sponsor who paid for a sponsored article, which is labelled 「PR」; null for the magazine's own
 */
public record Headline(String title, String url, String sponsor) {

    public Headline {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(url, "url");
    }
}
