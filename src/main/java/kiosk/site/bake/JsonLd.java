package kiosk.site.bake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kiosk.content.Article;
import kiosk.content.Author;
import kiosk.content.Series;
import kiosk.content.SpecialEdition;
import kiosk.content.Sponsor;
import kiosk.content.Tag;
import kiosk.content.TopicCollection;

/**
 * Schema.org structured data, the form search engines read: {@code NewsArticle} for articles,
 * {@code CreativeWorkSeries} for series, {@code CollectionPage} for topic collections, and {@code Book}
 * (with an ISBN) or {@code Product} for special editions.
 */
final class JsonLd {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonLd() {
    }

    static String newsArticle(Article article, Views views) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("@context", "https://schema.org");
        data.put("@type", "NewsArticle");
        data.put("mainEntityOfPage", views.absolute(article.url()));
        data.put("headline", article.title());
        data.put("description", article.summary());
        data.put("datePublished", views.dates().iso(article.date()));
        data.put("dateModified", views.dates().iso(Views.lastModified(article)));
        data.put("author", article.authors().stream().map(author -> author(author, views)).toList());
        data.put("publisher", publisher(views));
        String image = views.shareImage(article.image());
        if (image != null) {
            data.put("image", List.of(image));
        }
        data.put("articleSection", article.section().name());
        data.put("keywords", article.tags().stream().map(Tag::name).toList());
        data.put("inLanguage", views.site().language());
        if (article.series() != null) {
            Map<String, Object> series = named("CreativeWorkSeries", article.series().series().title(),
                    views.absolute(article.series().series().url()));
            data.put("isPartOf", series);
            data.put("position", article.series().part());
        }
        if (article.isSponsored()) {
            data.put("sponsor", sponsor(article.sponsor()));
        }
        return safeInScript(write(data));
    }

    static String series(Series series, List<Article> parts, Views views) {
        Map<String, Object> data = root("CreativeWorkSeries", series.title(), views.absolute(series.url()));
        data.put("description", series.description());
        if (series.image() != null) {
            data.put("image", views.shareImage(series.image()));
        }
        data.put("inLanguage", views.site().language());
        data.put("publisher", publisher(views));
        if (series.sponsor() != null) {
            data.put("sponsor", sponsor(series.sponsor()));
        }
        data.put("hasPart", parts.stream().map(part -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("@type", "NewsArticle");
            item.put("headline", part.title());
            item.put("url", views.absolute(part.url()));
            return item;
        }).toList());
        return safeInScript(write(data));
    }

    static String collection(TopicCollection collection, Views views) {
        Map<String, Object> data = root("CollectionPage", collection.title(), views.absolute(collection.url()));
        data.put("description", collection.description());
        data.put("inLanguage", views.site().language());
        data.put("publisher", publisher(views));
        return safeInScript(write(data));
    }

    /** A {@code Book} when it has an ISBN, else a {@code Product} (with its JAN as GTIN), with its offer. */
    static String special(SpecialEdition special, LocalDate today, Views views) {
        Map<String, Object> data = root(special.isbn() != null ? "Book" : "Product", special.title(),
                views.absolute(special.url()));
        data.put("description", special.description());
        data.put("image", views.shareImage(special.cover()));
        if (special.isbn() != null) {
            data.put("isbn", SpecialEdition.digitsOf(special.isbn()));
            data.put("bookFormat", "https://schema.org/Paperback");
            data.put("datePublished", special.onSale().toString());
            data.put("publisher", publisher(views));
            data.put("inLanguage", views.site().language());
        } else {
            data.put("brand", publisher(views));
        }
        if (special.jan() != null) {
            data.put("gtin", SpecialEdition.digitsOf(special.jan()));
        }
        Map<String, Object> offer = new LinkedHashMap<>();
        offer.put("@type", "Offer");
        offer.put("price", special.price());
        offer.put("priceCurrency", "JPY");
        offer.put("availability", "https://schema.org/" + (special.onSaleOn(today) ? "InStock"
                : today.isBefore(special.onSale()) ? "PreOrder" : "Discontinued"));
        offer.put("url", views.absolute(special.url()));
        data.put("offers", offer);
        return safeInScript(write(data));
    }

    private static Map<String, Object> root(String type, String name, String url) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("@context", "https://schema.org");
        data.putAll(named(type, name, url));
        return data;
    }

    private static Map<String, Object> named(String type, String name, String url) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("@type", type);
        data.put("name", name);
        data.put("url", url);
        return data;
    }

    private static Map<String, Object> sponsor(Sponsor sponsor) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("@type", "Organization");
        data.put("name", sponsor.name());
        if (sponsor.url() != null) {
            data.put("url", sponsor.url());
        }
        return data;
    }

    private static Map<String, Object> author(Author author, Views views) {
        Map<String, Object> data = organization(author.name(), views.absolute(author.url()));
        data.put("@type", author.agency() ? "Organization" : "Person");
        return data;
    }

    /** The magazine, with its logo when site.yaml names one (news search shows it beside the headline). */
    private static Map<String, Object> publisher(Views views) {
        Map<String, Object> data = organization(views.site().title(), views.site().baseUrl().toString());
        if (views.site().logo() != null) {
            Map<String, Object> logo = new LinkedHashMap<>();
            logo.put("@type", "ImageObject");
            logo.put("url", views.absolute(views.site().logo().src()));
            if (views.site().logo().width() > 0) {
                logo.put("width", views.site().logo().width());
                logo.put("height", views.site().logo().height());
            }
            data.put("logo", logo);
        }
        return data;
    }

    /** Insertion-ordered, so the same article always bakes to the same bytes. */
    private static Map<String, Object> organization(String name, String url) {
        return named("Organization", name, url);
    }

    private static String write(Object data) {
        try {
            return JSON.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code <} only occurs inside JSON strings, where its escape means the same and cannot end the script. */
    private static String safeInScript(String json) {
        return json.replace("<", "\\u003c");
    }
}
