package kiosk.site.bake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kiosk.content.Article;
import kiosk.content.Author;
import kiosk.content.Tag;

/** Schema.org {@code NewsArticle} structured data, the form search engines read for news. */
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
        data.put("publisher", organization(views.site().title(), views.site().baseUrl().toString()));
        if (article.image() != null) {
            data.put("image", List.of(views.absolute(article.image().src())));
        }
        data.put("articleSection", article.section().name());
        data.put("keywords", article.tags().stream().map(Tag::name).toList());
        data.put("inLanguage", views.site().language());
        return safeInScript(write(data));
    }

    private static Map<String, Object> author(Author author, Views views) {
        Map<String, Object> data = organization(author.name(), views.absolute(author.url()));
        data.put("@type", author.agency() ? "Organization" : "Person");
        return data;
    }

    /** Insertion-ordered, so the same article always bakes to the same bytes. */
    private static Map<String, Object> organization(String name, String url) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("@type", "Organization");
        data.put("name", name);
        data.put("url", url);
        return data;
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
