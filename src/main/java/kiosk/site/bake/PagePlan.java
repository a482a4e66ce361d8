package kiosk.site.bake;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kiosk.site.templates.Card;
import kiosk.site.templates.SiteView;

/**
 * Every page of one bake, in a stable order, and what every page shares ({@code site}).
 *
 * @param site  handed to every template as {@code site}
 * @param cards every article's card by slug, which the next plan reuses where equal
 */
public record PagePlan(SiteView site, List<Page> pages, Map<String, Card> cards) {

    public PagePlan {
        pages = List.copyOf(pages);
        cards = Map.copyOf(cards);
    }

    /** The pages by output path; a path planned twice is a bug in the planner. */
    public Map<String, Page> byPath() {
        Map<String, Page> byPath = new LinkedHashMap<>();
        for (Page page : pages) {
            if (byPath.putIfAbsent(page.path(), page) != null) {
                throw new IllegalStateException("two pages planned at " + page.path());
            }
        }
        return byPath;
    }
}
