package kiosk.newsletter.edition;

import java.util.List;
import java.util.Objects;
import kiosk.newsletter.Topics;

/**
 * One newsletter edition, as its templates show it: everything decided (absolute URLs, dates written
 * out, labels), so templates hold no logic. Stored as JSON when first sent, so a resumed send mails the
 * same edition.
 *
 * @param date      the edition's date, {@code 2026-11-24}
 * @param subject   the mail's subject
 * @param heading   the date written out, such as 「2026年11月24日」
 * @param preheader the line mail clients show after the subject
 * @param name      the newsletter's name
 * @param site      the magazine's title
 * @param siteUrl   the magazine's home page
 * @param note      the editor's note, or null
 * @param issue     the latest issue on sale and its cover feature, or null
 * @param sections  the week's top stories of each section that had any, in the magazine's order
 * @param ranking   the week's most read articles, most read first
 */
public record Edition(String date, String subject, String heading, String preheader, String name, String site,
                      String siteUrl, Note note, IssueFeature issue, List<SectionStories> sections, List<Story> ranking) {

    public Edition {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(subject, "subject");
        sections = List.copyOf(sections);
        ranking = List.copyOf(ranking);
    }

    /**
     * An article as a mail shows it.
     *
     * @param sponsored a sponsored article: wherever it appears it carries the 「PR」 label
     * @param rank      its place in the ranking, or 0 elsewhere
     */
    public record Story(String title, String url, String summary, String section, String byline, String date,
                        boolean sponsored, int rank) {
    }

    public record SectionStories(String slug, String name, String url, List<Story> stories) {

        public SectionStories {
            stories = List.copyOf(stories);
        }
    }

    /** @param coverImage absolute, or null */
    public record IssueFeature(String title, String url, String coverTitle, String coverImage, String summary,
                               Story coverStory) {
    }

    /** @param html sanitised like an article body */
    public record Note(String title, String html, String text, String byline) {
    }

    /** The edition a subscriber of {@code topics} gets: only the sections chosen (all for none). */
    public Edition forTopics(Topics topics) {
        if (topics.all()) {
            return this;
        }
        return new Edition(date, subject, heading, preheader, name, site, siteUrl, note, issue,
                sections.stream().filter(block -> topics.includes(block.slug())).toList(), ranking);
    }
}
