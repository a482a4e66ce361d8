package kiosk.content;

import java.util.List;
import java.util.Objects;

/**
 * Everything read from a content folder that passed the checks, published or not. The catalog
 * decides what is visible at a given instant.
 *
 * @param revision identifies the input: a git commit, or a hash of the files
 */
public record Content(
        SiteConfig site,
        List<Section> sections,
        List<Author> authors,
        List<Tag> tags,
        List<Issue> issues,
        List<Article> articles,
        String revision) {

    public Content {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(revision, "revision");
        sections = List.copyOf(sections);
        authors = List.copyOf(authors);
        tags = List.copyOf(tags);
        issues = List.copyOf(issues);
        articles = List.copyOf(articles);
    }
}
