package kiosk.content.load;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kiosk.content.check.Problems;
import kiosk.content.check.Suggestions;

/**
 * Checks the links and images of bodies against the site the content bakes into: a link that would
 * be a 404 for readers is an error when it names an article, a section, an author, an issue or a
 * media file that does not exist, or a page Kiosk never makes under its own folders; a warning when
 * it leads to a page that exists only later (a draft, a scheduled article, a tag no published
 * article has yet) or outside the folders Kiosk makes (the site's assets or the host may serve it).
 */
final class SiteLinks {

    /** When a page that is never published would be: drafts. */
    static final Instant NEVER = Instant.MAX;
    private static final Set<String> ROOT_FILES = Set.of("feed.xml", "sitemap.xml", "robots.txt", "404.html", "index.html");

    private final Map<String, RawArticle> articles;
    /** Slugs of article files with errors, which are reported there. */
    private final Set<String> articlesWithErrors;
    private final Set<String> sections;
    private final Set<String> authors;
    private final Set<String> issues;
    /** Tag slugs, each with the time its first published article is out. */
    private final Map<String, Instant> tags;
    private final MediaLibrary media;

    SiteLinks(Map<String, RawArticle> articles, Set<String> articlesWithErrors, Set<String> sections,
              Set<String> authors, Set<String> issues, Map<String, Instant> tags, MediaLibrary media) {
        this.articles = articles;
        this.articlesWithErrors = articlesWithErrors;
        this.sections = sections;
        this.authors = authors;
        this.issues = issues;
        this.tags = tags;
        this.media = media;
    }

    /** When readers can first open the article: never for a draft. */
    static Instant availableFrom(RawArticle article) {
        return article.draft() ? NEVER : article.date().toInstant();
    }

    /**
     * @param from      the address of the page that holds the link, which relative links start from
     * @param publishAt when the page is out for readers, or null when it is not (a draft, a file with
     *                  errors): then only links to what never exists are reported
     * @return false when the link is an error (reported)
     */
    boolean check(BodyLink link, String from, Instant publishAt, Problems problems) {
        String path = resolve(link.address(), from);
        String named = path.equals(link.address()) ? link.named() : link.named() + " (" + path + ")";
        if (path.startsWith(MediaLibrary.PREFIX)) {
            return media(link, path, named, problems);
        }
        List<String> segments = Arrays.stream(path.substring(1).split("/")).map(BodyInspection::decode).toList();
        if (path.equals("/") || segments.size() == 1 && ROOT_FILES.contains(segments.get(0))) {
            return true;
        }
        return switch (segments.get(0)) {
            case "articles" -> pageShape(segments, false) ? article(link, named, segments.get(1), publishAt, problems)
                    : noPage(link, named, problems);
            case "sections" -> pageShape(segments, true) ? known(link, named, "section", segments.get(1), sections, problems)
                    : noPage(link, named, problems);
            case "authors" -> pageShape(segments, true) ? known(link, named, "author", segments.get(1), authors, problems)
                    : noPage(link, named, problems);
            case "tags" -> pageShape(segments, true) ? tag(link, named, segments.get(1), publishAt, problems)
                    : noPage(link, named, problems);
            case "issues" -> segments.size() == 1 || (pageShape(segments, false)
                    ? known(link, named, "issue", segments.get(1), issues, problems) : noPage(link, named, problems));
            default -> {
                problems.warning(link.line(), link.column(), named + " leads to no page Kiosk makes",
                        "if the site's assets or the web server provide it, all is well; otherwise readers get a 404");
                yield true;
            }
        };
    }

    /**
     * Whether the segments after the folder are a page Kiosk makes: {@code x}, {@code x/index.html},
     * and for lists also {@code x/page/2} and {@code x/feed.xml}.
     */
    private static boolean pageShape(List<String> segments, boolean list) {
        if (segments.size() < 2 || segments.get(1).isEmpty()) {
            return false;
        }
        List<String> rest = segments.subList(2, segments.size());
        return rest.isEmpty() || rest.equals(List.of("index.html"))
                || list && (rest.equals(List.of("feed.xml")) || rest.size() == 2 && rest.get(0).equals("page")
                && rest.get(1).matches("[1-9][0-9]{0,5}"));
    }

    private boolean article(BodyLink link, String named, String slug, Instant publishAt, Problems problems) {
        RawArticle target = articles.get(slug);
        if (target == null && articlesWithErrors.contains(slug)) {
            return true;
        }
        if (target == null) {
            problems.error(link.line(), link.column(), named + " names an unknown article '" + slug + "'",
                    hint(slug, articles.keySet(), "articles are named by their slug (the file name unless 'slug:' says otherwise)"));
            return false;
        }
        Instant available = availableFrom(target);
        if (publishAt != null && available.isAfter(publishAt)) {
            problems.warning(link.line(), link.column(), named + (target.draft()
                            ? " leads to a draft: readers get a 404 until it is published"
                            : " leads to an article published only from " + target.date() + ": until then readers get a 404"),
                    "publish the linked article first, or link it once it is out");
        }
        return true;
    }

    private boolean tag(BodyLink link, String named, String slug, Instant publishAt, Problems problems) {
        Instant available = tags.getOrDefault(slug, NEVER);
        if (publishAt != null && available.isAfter(publishAt)) {
            problems.warning(link.line(), link.column(), named + " leads to a tag no published article has: readers get a 404",
                    "a tag's page exists once a published article has the tag");
        }
        return true;
    }

    private static boolean known(BodyLink link, String named, String noun, String slug, Set<String> known, Problems problems) {
        if (known.contains(slug)) {
            return true;
        }
        problems.error(link.line(), link.column(), named + " names an unknown " + noun + " '" + slug + "'",
                hint(slug, known, noun + "s are defined in " + (noun.equals("issue") ? "issues/" : noun + "s.yaml")));
        return false;
    }

    private boolean media(BodyLink link, String path, String named, Problems problems) {
        MediaLibrary.Verdict verdict = media.verdictOf(BodyInspection.decode(path)).orElse(null);
        if (verdict == null) {
            problems.error(link.line(), link.column(), named + " names no file in media/",
                    "put the file at content" + path + " or correct the address");
        } else if (verdict instanceof MediaLibrary.Refused refused) {
            problems.error(link.line(), link.column(), named + " cannot be published: " + refused.reason(), refused.hint());
        } else if (link.image() && verdict instanceof MediaLibrary.Publishable publishable && !publishable.type().isImage()) {
            problems.error(link.line(), link.column(), named + " is " + publishable.type().description() + ", not an image",
                    "link the document instead: [紙面（PDF）](" + path + ")");
        } else {
            return true;
        }
        return false;
    }

    private static boolean noPage(BodyLink link, String named, Problems problems) {
        problems.error(link.line(), link.column(), named + " leads to no page of the site",
                "pages are /articles/<slug>/, /sections/<slug>/, /tags/<name>/, /authors/<slug>/, /issues/<slug>/;"
                        + " files are /media/<path>");
        return false;
    }

    private static String hint(String slug, Set<String> known, String where) {
        String suggestion = Suggestions.didYouMean(slug, known);
        return (suggestion.isEmpty() ? "" : suggestion + " ") + where;
    }

    /** The site path a link leads to, from the page at {@code from}, without query or fragment. */
    static String resolve(String address, String from) {
        String path = address.replaceFirst("[?#].*$", "");
        if (!path.startsWith("/")) {
            try {
                path = new URI(null, null, from, null).resolve(new URI(null, null, path, null)).getPath();
            } catch (URISyntaxException e) {
                path = from + path;
            }
        }
        return path.isEmpty() ? "/" : path;
    }
}
