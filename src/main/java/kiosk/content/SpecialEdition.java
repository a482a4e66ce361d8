package kiosk.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A print product sold apart from the weekly (a 別冊 or a MOOK), from {@code specials/<slug>.yaml}.
 * Readers see it from its on-sale day, when it is 「好評発売中」.
 *
 * @param offSale  the last day it is sold, or null while it stays on sale
 * @param price    yen, tax included
 * @param isbn     as printed (hyphens kept), check digit verified; or null
 * @param jan      the JAN (EAN) barcode number, check digit verified; or null
 * @param contents the table of contents, in page order
 * @param purchase where to buy it, in the editor's order
 */
public record SpecialEdition(String slug, String title, Kind kind, Image cover, LocalDate onSale, LocalDate offSale,
                             int price, String isbn, String jan, String description, List<ContentsEntry> contents,
                             List<PurchaseLink> purchase) {

    /** What kind of print product it is. */
    public enum Kind {
        BESSATSU("別冊"), MOOK("MOOK");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** As printed: 別冊 or MOOK. */
        public String label() {
            return label;
        }
    }

    /**
     * A line of the table of contents.
     *
     * @param page        the printed page, or 0 when not given
     * @param articleSlug the web article it corresponds to, or null
     */
    public record ContentsEntry(String title, int page, String articleSlug) {

        public ContentsEntry {
            Objects.requireNonNull(title, "title");
        }
    }

    /** A shop that sells it; {@code url} is an absolute http(s) URL. */
    public record PurchaseLink(String label, String url) {

        public PurchaseLink {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(url, "url");
        }
    }

    public SpecialEdition {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(cover, "cover");
        Objects.requireNonNull(onSale, "onSale");
        description = Objects.requireNonNullElse(description, "");
        contents = List.copyOf(contents);
        purchase = List.copyOf(purchase);
    }

    /** The digits of an ISBN or JAN code as printed: hyphens and spaces dropped. */
    public static String digitsOf(String printed) {
        return printed.replace("-", "").replace(" ", "");
    }

    /** Whether it is sold on {@code day}: from its on-sale day to its last day, if it has one. */
    public boolean onSaleOn(LocalDate day) {
        return !onSale.isAfter(day) && (offSale == null || !day.isAfter(offSale));
    }

    public String url() {
        return "/specials/" + slug + "/";
    }
}
