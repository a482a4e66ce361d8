package kiosk.api.graphql;

import kiosk.content.Article;
import kiosk.content.Sponsor;

/** The schema's {@code Sponsorship}: the label a sponsored article must carry, and its sponsor. */
record Sponsorship(String label, Sponsor sponsor) {

    /** What Japan's rules against stealth marketing require sponsored content to show. */
    static final String LABEL = "PR";

    /** The article's sponsorship, or null for the magazine's own content. */
    static Sponsorship of(Article article) {
        return article.isSponsored() ? new Sponsorship(LABEL, article.sponsor()) : null;
    }
}
