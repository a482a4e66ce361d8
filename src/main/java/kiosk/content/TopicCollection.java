package kiosk.content;

import java.util.List;
import java.util.Objects;

/**
 * A topic collection such as 「トランプ2.0記事まとめ」, from {@code collections/<slug>.yaml}: the articles
 * its editor chose, in that order, then those its rule adds, newest first. The catalog resolves both.
 *
 * @param image        the collection's image, or null
 * @param articleSlugs the chosen articles, in the editor's order
 * @param rule         what adds articles by itself, or null for a curated collection only
 * @param pinned       promoted on the home page and beside articles
 */
public record TopicCollection(String slug, String title, String description, Image image, List<String> articleSlugs,
                              CollectionRule rule, boolean pinned) {

    public TopicCollection {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(title, "title");
        description = Objects.requireNonNullElse(description, "");
        articleSlugs = List.copyOf(articleSlugs);
    }

    public String url() {
        return "/collections/" + slug + "/";
    }
}
