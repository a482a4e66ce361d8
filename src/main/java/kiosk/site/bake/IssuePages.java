package kiosk.site.bake;

import java.time.LocalTime;
import java.util.List;
import kiosk.catalog.Catalog;
import kiosk.content.Article;
import kiosk.content.Issue;
import kiosk.site.templates.IssueArchivePage;
import kiosk.site.templates.IssueCard;
import kiosk.site.templates.IssuePage;

/** One page per issue on sale at {@code /issues/<slug>/}, and the archive of all of them at {@code /issues/}. */
final class IssuePages {

    static final String ARCHIVE_URL = "/issues/";

    private IssuePages() {
    }

    static void addTo(PlanBuilder plan, Catalog catalog, Views views) {
        for (Issue issue : catalog.issues()) {
            IssueCard card = views.issueCard(issue, catalog.coverStory(issue));
            List<Article> others = catalog.articlesInIssue(issue.slug()).stream()
                    .filter(article -> !article.slug().equals(issue.cover().articleSlug())).toList();
            String description = issue.summary().isEmpty() ? issue.cover().title() : issue.summary();
            IssuePage page = new IssuePage(views.head(issue.title(), description, issue.url(), null), card,
                    views.cards(others));
            plan.html(Location.of(issue.url()), "issue.ftl", page,
                    issue.date().atTime(LocalTime.MIDNIGHT).atZone(views.site().timeZone()).toOffsetDateTime());
        }
        List<IssueCard> cards = catalog.issues().stream()
                .map(issue -> views.issueCard(issue, catalog.coverStory(issue))).toList();
        plan.html(Location.of(ARCHIVE_URL), "issues.ftl",
                new IssueArchivePage(views.head("バックナンバー", "", ARCHIVE_URL, null), cards), null);
    }
}
