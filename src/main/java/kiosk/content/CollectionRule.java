package kiosk.content;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Which articles a topic collection adds by itself, after the ones its editor chose: every condition
 * given must hold. Sponsored articles never match: a rule gathers the magazine's own reporting.
 *
 * @param tagsAny slugs of tags of which an article carries at least one; empty for any
 * @param tagsAll slugs of tags an article carries all of
 * @param section a section's slug, or null for any
 * @param from    the first day (in the site's time zone), or null
 * @param until   the last day, included, or null
 */
public record CollectionRule(List<String> tagsAny, List<String> tagsAll, String section, LocalDate from,
                             LocalDate until) {

    public CollectionRule {
        tagsAny = List.copyOf(tagsAny);
        tagsAll = List.copyOf(tagsAll);
    }

    public boolean matches(Article article, ZoneId zone) {
        if (article.isSponsored()) {
            return false;
        }
        List<String> tags = article.tags().stream().map(Tag::slug).toList();
        LocalDate day = article.date().atZoneSameInstant(zone).toLocalDate();
        return (tagsAny.isEmpty() || tagsAny.stream().anyMatch(tags::contains))
                && tags.containsAll(tagsAll)
                && (section == null || section.equals(article.section().slug()))
                && (from == null || !day.isBefore(from))
                && (until == null || !day.isAfter(until));
    }
}
