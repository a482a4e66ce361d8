package kiosk.site.templates;

import java.util.List;

/** Every special edition from its on-sale day, the newest first. */
public record SpecialIndexPage(Head head, List<SpecialCard> specials) {

    public SpecialIndexPage {
        specials = List.copyOf(specials);
    }
}
