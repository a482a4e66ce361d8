package kiosk.content;

import java.util.List;
import java.util.Objects;

/**
 * Everything read from a content folder that passed the checks, published or not. The catalog
 * decides what is visible at a given instant.
 *
 * @param filesHash a hash of every content file read
 * @param history   what git knows of the files, or {@link ContentHistory#NONE}
 */
public record Content(
        SiteConfig site,
        List<Section> sections,
        List<Author> authors,
        List<Tag> tags,
        List<Issue> issues,
        List<Series> series,
        List<TopicCollection> collections,
        List<SpecialEdition> specials,
        List<Article> articles,
        String filesHash,
        ContentHistory history) {

    public Content {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(filesHash, "filesHash");
        Objects.requireNonNull(history, "history");
        sections = List.copyOf(sections);
        authors = List.copyOf(authors);
        tags = List.copyOf(tags);
        issues = List.copyOf(issues);
        series = List.copyOf(series);
        collections = List.copyOf(collections);
        specials = List.copyOf(specials);
        articles = List.copyOf(articles);
    }

    /** No content at all: a folder that does not exist, a commit before the first. */
    public static Content empty() {
        return new Content(SiteConfig.defaults(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), "none", ContentHistory.NONE);
    }

    /** Names this snapshot: the git commit when the files are as committed, else a hash of them. */
    public String revision() {
        return history.revision(filesHash);
    }

    /** The same content with its git history. */
    public Content withHistory(ContentHistory gitHistory) {
        return new Content(site, sections, authors, tags, issues, series, collections, specials, articles, filesHash,
                gitHistory);
    }
}
