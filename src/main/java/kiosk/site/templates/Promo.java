package kiosk.site.templates;


/**
 * Something the magazine promotes beside its articles: a topic collection, a series, a special edition.
 *
 * @param label   what it is: まとめ, 連載, 別冊 or MOOK
 * @param image   its image or cover, or null
 * @param sponsor who pays for a sponsored series, which is labelled 「PR」; null otherwise
 */
public record Promo(String label, String title, String url, Picture image, String sponsor) {
}
