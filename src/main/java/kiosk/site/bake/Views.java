package kiosk.site.bake;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import kiosk.catalog.Catalog;
import kiosk.content.Article;
import kiosk.content.Author;
import kiosk.content.Image;
import kiosk.content.Issue;
import kiosk.content.Section;
import kiosk.content.SiteConfig;
import kiosk.content.Tag;
import kiosk.site.templates.Card;
import kiosk.site.templates.DateFormats;
import kiosk.site.templates.Head;
import kiosk.site.templates.IssueCard;
import kiosk.site.templates.Link;
import kiosk.site.templates.Promos;

/**
 * Turns content records into the view records templates get. An article appears on many pages
 * (its section, tags, authors, issue, related links), so its card is built once per bake and shared.
 */
final class Views {

    private final SiteConfig site;
    private final DateFormats dates;
    /** The base URL, ending with a slash: string concatenation is much cheaper than URI resolution. */
    private final String base;
    private final Map<String, Card> cards;
    private final Promos promos;
    private final Pictures pictures;

    /**
     * Builds every published article's card up front, in parallel. An article the change set does not
     * name keeps the previous plan's card, and a new card equal to the previous plan's is replaced by
     * that instance: comparing the two plans' pages then finds the same card at once instead of comparing
     * its fields on each of the many pages that list it.
     *
     * @param previous what the previous plan made of each article
     */
    Views(Catalog catalog, PreviousArticles previous) {
        this(catalog, catalog.articles(), previous);
    }

    /** Views with the cards of {@code articles} only, for planning a few pages of the catalog. */
    Views(Catalog catalog, Collection<Article> articles, PreviousArticles previous) {
        this.site = catalog.site();
        this.dates = new DateFormats(site.timeZone());
        this.base = site.baseUrl().toString();
        this.pictures = new Pictures(catalog.renditions());
        this.cards = articles.parallelStream().collect(Collectors.toConcurrentMap(Article::slug, article -> {
            PlannedArticle unchanged = previous.unchanged(article);
            if (unchanged != null) {
                return unchanged.card();
            }
            PlannedArticle before = previous.bySlug().get(article.slug());
            Card card = newCard(article);
            return before != null && card.equals(before.card()) ? before.card() : card;
        }));
        Promos current = Promotions.of(catalog, pictures);
        // the previous plan's instance when equal: every article page holds it, and pages compare fastest by identity
        this.promos = previous.bySlug().values().stream().findAny().map(planned -> planned.page().promos())
                .filter(current::equals).orElse(current);
    }

    SiteConfig site() {
        return site;
    }

    DateFormats dates() {
        return dates;
    }

    /** An absolute URL for a site path, or the reference itself when it is already absolute. */
    String absolute(String reference) {
        return reference.startsWith("/") ? base + reference.substring(1) : reference;
    }

    /** Images as pages show them, with the variants produced so far. */
    Pictures pictures() {
        return pictures;
    }

    /**
     * The absolute URL to share a page with: its image's sharing variant, else the site's default image.
     *
     * @param image the page's own image, or null
     * @return null when neither exists
     */
    String shareImage(Image image) {
        String shared = pictures.share(image != null ? image : site.image());
        return shared == null ? null : absolute(shared);
    }

    /** The card of a published article. */
    Card card(Article article) {
        return cards.get(article.slug());
    }

    /** What the magazine promotes on the home page and beside every article. */
    Promos promos() {
        return promos;
    }

    private Card newCard(Article article) {
        return new Card(article.title(), article.url(), article.summary(), link(article.section()),
                dates.dateTime(article.date()), byline(article), pictures.of(article.image()), article.breaking(),
                sponsorName(article));
    }

    /** The sponsor's name of a sponsored article, which is labelled 「PR」; null for the magazine's own. */
    static String sponsorName(Article article) {
        return article.isSponsored() ? article.sponsor().name() : null;
    }

    List<Card> cards(List<Article> articles) {
        return articles.stream().map(this::card).toList();
    }

    /** When an article last changed: its update time, else its publication time. */
    static OffsetDateTime lastModified(Article article) {
        return article.updated() != null ? article.updated() : article.date();
    }

    /** When the last of the articles changed, or null for none (compared as instants, none made). */
    static OffsetDateTime lastModified(List<Article> articles) {
        return articles.stream().map(Views::lastModified).max(OffsetDateTime.timeLineOrder()).orElse(null);
    }

    static String byline(Article article) {
        return article.authors().stream().map(Author::name).collect(Collectors.joining("、"));
    }

    static Link link(Section section) {
        return new Link(section.name(), section.url());
    }

    static Link link(Author author) {
        return new Link(author.name(), author.url());
    }

    static Link link(Tag tag) {
        return new Link(tag.name(), tag.url());
    }

    static Link link(Issue issue) {
        return new Link(issue.title(), issue.url());
    }

    static Link link(Article article) {
        return new Link(article.title(), article.url());
    }

    IssueCard issueCard(Issue issue, Optional<Article> coverStory) {
        return new IssueCard(issue.title(), issue.url(), issue.number(), dates.date(issue.date()),
                issue.onSale() == null ? null : dates.date(issue.onSale()), issue.summary(), issue.cover().title(),
                issue.cover().image() == null ? null : pictures.of(issue.cover().image().withAlt(issue.title() + "の表紙")), coverStory.map(this::card).orElse(null));
    }

    /** The head of a page that is not an article: its title before the site's name. */
    Head head(String title, String description, String url, Link feed) {
        return head(title, description, url, feed, null, null);
    }

    /**
     * The same with a sharing image and structured data.
     *
     * @param image  the image to share the page with, or null
     * @param jsonLd JSON-LD from {@link JsonLd}, or null
     */
    Head head(String title, String description, String url, Link feed, Image image, String jsonLd) {
        return new Head(title + " | " + site.title(), description.isEmpty() ? site.description() : description,
                absolute(url), "website", shareImage(image), jsonLd, feed, null);
    }
}
