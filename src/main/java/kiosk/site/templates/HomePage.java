package kiosk.site.templates;

import java.util.List;

/**
 * The front page.
 *
 * @param top         the latest articles, the first one as the lead story
 * @param sections    each section's top stories not already among {@code top}
 * @param latestIssue the newest issue on sale, or null
 * @param promos      pinned collections, running series and special editions on sale
 */
public record HomePage(Head head, List<Card> top, List<SectionBlock> sections, IssueCard latestIssue, Promos promos) {

    public HomePage {
        top = List.copyOf(top);
        sections = List.copyOf(sections);
    }

    public record SectionBlock(Link section, List<Card> cards) {

        public SectionBlock {
            cards = List.copyOf(cards);
        }
    }
}
