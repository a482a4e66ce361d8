package kiosk.site.bake;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kiosk.content.SiteConfig;
import kiosk.site.templates.SiteView;

/**
 * Every page of one bake, in a stable order, and what every page shares ({@code site}).
 *
 * @param site     handed to every template as {@code site}
 * @param config   the site configuration the plan was made with; articles are reused only under the same
 * @param articles what the plan made of every article, by slug, which the next plan reuses where unchanged
 * @param revision the revision of the catalog the plan was made of: the next catalog's change set says
 *                 what changed since it (the articles whose images' variants changed among them)
 */
public record PagePlan(SiteView site, List<Page> pages, SiteConfig config, Map<String, PlannedArticle> articles,
                       String revision) {

    public PagePlan {
        pages = List.copyOf(pages);
        articles = Map.copyOf(articles);
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
