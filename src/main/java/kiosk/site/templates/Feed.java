package kiosk.site.templates;

import java.util.List;

/**
 * An Atom feed. Every URL is absolute, as feed readers need.
 *
 * @param id        the feed's permanent id: its own URL
 * @param alternate the HTML page the feed follows
 * @param updated   the newest entry's update time, RFC 3339
 */
public record Feed(String title, String subtitle, String id, String alternate, String updated, String rights,
                   List<Entry> entries) {

    public Feed {
        entries = List.copyOf(entries);
    }

    /**
     * One article; {@code id} is its absolute URL, which never changes.
     *
     * @param sponsored advertising: feed readers show its title, so the title carries 「PR」
     */
    public record Entry(String title, String id, String published, String updated, String summary,
                        List<String> authors, String category, boolean sponsored) {

        public Entry {
            authors = List.copyOf(authors);
        }
    }
}
