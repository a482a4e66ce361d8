package kiosk.site.bake;

import java.util.List;
import kiosk.catalog.Catalog;
import kiosk.content.NewsletterConfig;
import kiosk.site.templates.Head;
import kiosk.site.templates.NewsletterForm;
import kiosk.site.templates.NewsletterPage;

/**
 * The newsletter's pages: {@code /newsletter/} (signup with topics) and the three pages the links in
 * mails open, which the Kiosk server answers with the link's token filled in. Baked only where the
 * site has the newsletter (site.yaml) and an API to post to; the link pages stay out of the sitemap.
 */
final class NewsletterPages {

    static final String PAGE = "/newsletter/";
    /** The API's newsletter routes, under the API's origin (site.yaml's {@code api}, or the site's own). */
    private static final String API = "/api/newsletter/";

    private NewsletterPages() {
    }

    /** The signup form every page shows, or null without newsletter or API. */
    static NewsletterForm form(Catalog catalog, String api) {
        NewsletterConfig newsletter = catalog.site().newsletter();
        if (newsletter == null || api == null) {
            return null;
        }
        return new NewsletterForm(newsletter.name(), newsletter.consent(), api + API + "subscriptions", PAGE,
                catalog.sections().stream().map(section -> new NewsletterForm.Topic(section.slug(), section.name())).toList());
    }

    static void addTo(PlanBuilder plan, NewsletterForm form, Views views) {
        plan.html(Location.of(PAGE), "newsletter.ftl",
                new NewsletterPage(views.head(form.name(), views.site().description(), PAGE, null), "signup", null), null);
        String api = form.action().substring(0, form.action().length() - "subscriptions".length());
        for (String kind : List.of("confirm", "unsubscribe", "topics")) {
            Head head = new Head(form.name() + " | " + views.site().title(), views.site().description(), null, "website",
                    null, null, null, null);
            plan.file(PAGE.substring(1) + kind + "/index.html", "newsletter.ftl", new NewsletterPage(head, kind, api + kind));
        }
    }
}
