package kiosk.site.bake;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import kiosk.catalog.Catalog;
import kiosk.content.Article;
import kiosk.content.Section;
import kiosk.site.templates.Card;
import kiosk.site.templates.Head;
import kiosk.site.templates.HomePage;
import kiosk.site.templates.IssueCard;
import kiosk.site.templates.NotFoundPage;

/** The home page and the 404 page, which show the newest articles. */
final class FrontPages {

    /** The lead story and the latest stories beside it. */
    static final int TOP_STORIES = 7;
    /** Stories per section block on the home page. */
    static final int SECTION_STORIES = 4;
    static final String NOT_FOUND = "404.html";

    private FrontPages() {
    }

    static void addTo(PlanBuilder plan, Catalog catalog, Views views) {
        List<Article> top = leadWithPhoto(catalog.articles().subList(0, Math.min(TOP_STORIES, catalog.articles().size())));
        Set<String> shown = new HashSet<>();
        top.forEach(article -> shown.add(article.slug()));
        List<HomePage.SectionBlock> blocks = catalog.sections().stream()
                .map(section -> block(section, catalog, views, shown))
                .filter(block -> !block.cards().isEmpty())
                .toList();
        IssueCard latestIssue = catalog.latestIssue()
                .map(issue -> views.issueCard(issue, catalog.coverStory(issue))).orElse(null);
        Head head = new Head(views.site().title(), views.site().description(), views.absolute("/"), "website",
                views.shareImage(null), null, null, null);
        plan.html(Location.of("/"), "home.ftl", new HomePage(head, views.cards(top), blocks, latestIssue, views.promos()),
                top.isEmpty() ? null : Views.lastModified(top.get(0)));

        Head notFound = new Head("ページが見つかりません | " + views.site().title(), views.site().description(),
                null, "website", null, null, null, null);
        plan.file(NOT_FOUND, "404.ftl", new NotFoundPage(notFound, views.cards(top)));
    }

    /** The newest story with a photo leads the page, as on a printed front page; the others keep their order. */
    private static List<Article> leadWithPhoto(List<Article> latest) {
        List<Article> ordered = new ArrayList<>(latest);
        ordered.stream().filter(article -> article.image() != null).findFirst().ifPresent(lead -> {
            ordered.remove(lead);
            ordered.add(0, lead);
        });
        return ordered;
    }

    private static HomePage.SectionBlock block(Section section, Catalog catalog, Views views, Set<String> shown) {
        List<Card> cards = catalog.articlesInSection(section.slug()).stream()
                .filter(article -> !shown.contains(article.slug()))
                .limit(SECTION_STORIES)
                .map(views::card)
                .toList();
        return new HomePage.SectionBlock(Views.link(section), cards);
    }
}
