package kiosk.site.templates;

import java.util.List;

/**
 * A special edition: cover, sale, price, codes, table of contents and where to buy it.
 *
 * @param offSale  the last day it is sold, or null
 * @param isbn     as printed, or null
 * @param jan      the JAN code, or null
 * @param purchase shops that sell it; their URLs are absolute
 */
public record SpecialPage(Head head, SpecialCard special, Moment offSale, String description, String isbn, String jan,
                          List<ContentsLine> contents, List<Link> purchase) {

    public SpecialPage {
        contents = List.copyOf(contents);
        purchase = List.copyOf(purchase);
    }

    /**
     * A line of the table of contents.
     *
     * @param page the printed page (「p.22」), or null
     * @param url  the published article it corresponds to, or null
     */
    public record ContentsLine(String title, String page, String url) {
    }
}
