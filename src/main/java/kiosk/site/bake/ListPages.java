package kiosk.site.bake;

import java.util.ArrayList;
import java.util.List;
import kiosk.catalog.Catalog;
import kiosk.content.Article;
import kiosk.content.Author;
import kiosk.content.Section;
import kiosk.content.Tag;
import kiosk.site.templates.Card;
import kiosk.site.templates.Link;
import kiosk.site.templates.ListPage;
import kiosk.site.templates.Pagination;

/**
 * Paginated lists, newest first: a section's articles at {@code /sections/<slug>/}, a tag's at
 * {@code /tags/<name>/}, an author's at {@code /authors/<slug>/}; later pages at {@code .../page/<n>/}.
 * Page size comes from {@code site.yaml}.
 */
final class ListPages {

    /** Page numbers shown either side of the current one; the first and last are always shown. */
    private static final int WINDOW = 2;

    private ListPages() {
    }

    /** What one list is, apart from its articles. {@code current} marks the navigation entry, or is null. */
    private record Spec(String kind, String title, String description, Location location, String current, Link feed) {
    }

    static void addTo(PlanBuilder plan, Catalog catalog, Views views) {
        for (Section section : catalog.sections()) {
            add(plan, views, new Spec("section", section.name(), section.description(), Location.of(section.url()),
                    section.url(), new Link(section.name(), Feeds.sectionFeedUrl(section))),
                    catalog.articlesInSection(section.slug()));
        }
        for (Tag tag : catalog.tags()) {
            add(plan, views, new Spec("tag", tag.name(), tag.description(), Location.of(tag), null, null),
                    catalog.articlesTagged(tag.slug()));
        }
        for (Author author : catalog.authors()) {
            add(plan, views, new Spec("author", author.name(), author.bio(), Location.of(author.url()), null, null),
                    catalog.articlesBy(author.slug()));
        }
    }

    /** Every page of one list. */
    private static void add(PlanBuilder plan, Views views, Spec spec, List<Article> articles) {
        paginate(plan, views, spec.location(), articles, "list.ftl", (number, cards, pagination, location) ->
                new ListPage(views.head(pageTitle(spec.title(), number), spec.description(), location.url(), spec.feed()),
                        spec.kind(), spec.title(), spec.description(), spec.current(), cards, pagination));
    }

    /** Builds the model of one page of a paginated list. */
    interface PageModel {
        Object of(int number, List<Card> cards, Pagination pagination, Location location);
    }

    /**
     * Plans every page of a list of articles, {@code pageSize} from {@code site.yaml} per page, at
     * {@code first} and {@code first/page/<n>/}; an empty list still gets its first page.
     */
    static void paginate(PlanBuilder plan, Views views, Location first, List<Article> articles, String template,
                         PageModel model) {
        int size = views.site().pageSize();
        int total = Math.max(1, (articles.size() + size - 1) / size);
        for (int number = 1; number <= total; number++) {
            List<Article> slice = articles.subList((number - 1) * size, Math.min(number * size, articles.size()));
            Location location = first.page(number);
            plan.html(location, template, model.of(number, views.cards(slice), pagination(number, total, first), location),
                    Views.lastModified(slice));
        }
    }

    /** A list's title on its page {@code number}: 「ワールド（2ページ）」 after the first. */
    static String pageTitle(String title, int number) {
        return number == 1 ? title : title + "（" + number + "ページ）";
    }

    static Pagination pagination(int current, int total, Location first) {
        List<Pagination.Step> steps = new ArrayList<>();
        int shown = 0;
        for (int number = 1; number <= total; number++) {
            if (number == 1 || number == total || Math.abs(number - current) <= WINDOW) {
                if (shown != 0 && number > shown + 1) {
                    steps.add(new Pagination.Step("…", null, false));
                }
                steps.add(new Pagination.Step(String.valueOf(number), first.page(number).url(), number == current));
                shown = number;
            }
        }
        return new Pagination(current, total, current > 1 ? first.page(current - 1).url() : null,
                current < total ? first.page(current + 1).url() : null, steps);
    }
}
