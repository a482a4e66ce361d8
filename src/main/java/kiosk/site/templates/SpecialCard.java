package kiosk.site.templates;


/**
 * A special edition as lists and its own page show it.
 *
 * @param kind      別冊 or MOOK
 * @param onSaleNow on sale today: 「好評発売中」
 * @param price     as printed: 「990円（税込）」
 */
public record SpecialCard(String title, String url, String kind, Picture cover, Moment onSale, boolean onSaleNow,
                          String price) {
}
