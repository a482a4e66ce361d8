package kiosk.site.templates;

import java.util.List;

/** One print issue: its cover feature (in {@code issue}), then the other articles it carried. */
public record IssuePage(Head head, IssueCard issue, List<Card> articles) {

    public IssuePage {
        articles = List.copyOf(articles);
    }
}
