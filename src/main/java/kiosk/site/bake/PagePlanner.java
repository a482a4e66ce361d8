package kiosk.site.bake;

import java.util.Map;
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

    /**
     * @param assetVersion a hash of the assets, appended to their URLs so browsers refetch changed files
     * @param previous     the plan of the last bake, whose unchanged articles this plan reuses, or null
     * @param defaultApi   the API origin when site.yaml names none (see {@link SiteView#api()})
     * @param liveReload   whether the pages get the live-reload script (see {@link LiveReload#EVERYWHERE})
     */
    static PagePlan plan(Catalog catalog, String assetVersion, PagePlan previous, String defaultApi,
                         boolean liveReload) {
        PreviousArticles reusable = PreviousArticles.of(catalog, previous);
        Views views = new Views(catalog, reusable);
        PlanBuilder plan = new PlanBuilder(views);
        FrontPages.addTo(plan, catalog, views);
        Map<String, PlannedArticle> articles = ArticlePages.addTo(plan, catalog, views, reusable);
        ListPages.addTo(plan, catalog, views);
        IssuePages.addTo(plan, catalog, views);
        SeriesPages.addTo(plan, catalog, views);
        CollectionPages.addTo(plan, catalog, views);
        SpecialPages.addTo(plan, catalog, views);
        Feeds.addTo(plan, catalog, views);
        SiteView site = site(catalog, assetVersion, defaultApi, liveReload);
        if (site.newsletter() != null) {
            NewsletterPages.addTo(plan, site.newsletter(), views);
        }
        plan.file(SITEMAP, "sitemap.ftl", new Sitemap(plan.sitemap()));
        plan.file("robots.txt", "robots.ftl", new Robots(views.absolute("/" + SITEMAP)));
        return new PagePlan(site, plan.pages(), catalog.site(), articles, catalog.revision());
    }

    /** What every page of the catalog's plan shares. */
    static SiteView site(Catalog catalog, String assetVersion, String defaultApi, boolean liveReload) {
        SiteConfig config = catalog.site();
        String api = config.api() != null ? config.api().toString() : defaultApi;
        return new SiteView(config.title(), config.description(), config.language(), config.copyright(),
                catalog.sections().stream().map(Views::link).toList(), IssuePages.ARCHIVE_URL, SeriesPages.INDEX_URL,
                CollectionPages.INDEX_URL, SpecialPages.INDEX_URL, Feeds.SITE_FEED_URL,
                assetVersion, api, NewsletterPages.form(catalog, api), liveReload ? "/" + LiveReload.SCRIPT : null);
    }
}
