package kiosk.site.bake;

import kiosk.catalog.Catalog;
import kiosk.content.SiteConfig;
import kiosk.site.templates.Robots;
import kiosk.site.templates.SiteView;
import kiosk.site.templates.Sitemap;

/** Lists every page a catalog bakes into, with its template and model. Renders nothing. */
final class PagePlanner {

    static final String SITEMAP = "sitemap.xml";

    private PagePlanner() {
    }

    /** @param assetVersion a hash of the assets, appended to their URLs so browsers refetch changed files */
    static PagePlan plan(Catalog catalog, String assetVersion) {
        Views views = new Views(catalog);
        PlanBuilder plan = new PlanBuilder(views);
        FrontPages.addTo(plan, catalog, views);
        ArticlePages.addTo(plan, catalog, views);
        ListPages.addTo(plan, catalog, views);
        IssuePages.addTo(plan, catalog, views);
        Feeds.addTo(plan, catalog, views);
        plan.file(SITEMAP, "sitemap.ftl", new Sitemap(plan.sitemap()));
        plan.file("robots.txt", "robots.ftl", new Robots(views.absolute("/" + SITEMAP)));
        return new PagePlan(site(catalog, views, assetVersion), plan.pages());
    }

    private static SiteView site(Catalog catalog, Views views, String assetVersion) {
        SiteConfig config = catalog.site();
        return new SiteView(config.title(), config.description(), config.language(), config.copyright(),
                catalog.sections().stream().map(Views::link).toList(), IssuePages.ARCHIVE_URL, Feeds.SITE_FEED_URL,
                assetVersion);
    }
}
