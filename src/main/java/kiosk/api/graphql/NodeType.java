package kiosk.api.graphql;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import kiosk.catalog.Catalog;
import kiosk.content.Article;
import kiosk.content.Author;
import kiosk.content.Issue;
import kiosk.content.Section;
import kiosk.content.Series;
import kiosk.content.SpecialEdition;
import kiosk.content.Tag;
import kiosk.content.TopicCollection;

/**
 * The schema's types that implement {@code Node}: how each is named, which record it is and how the
 * catalog finds one by slug. Global ids are built from the type's name and the object's slug, which
 * never change while the object is published, so an id stays valid across snapshots (and server
 * restarts) the way a URL does.
 */
enum NodeType {
    ARTICLE("Article", Article.class, Article::slug, Catalog::article),
    SECTION("Section", Section.class, Section::slug, Catalog::section),
    AUTHOR("Author", Author.class, Author::slug, Catalog::author),
    TAG("Tag", Tag.class, Tag::slug, Catalog::tag),
    ISSUE("Issue", Issue.class, Issue::slug, Catalog::issue),
    SERIES("Series", Series.class, Series::slug, Catalog::series),
    COLLECTION("Collection", TopicCollection.class, TopicCollection::slug, Catalog::collection),
    SPECIAL_EDITION("SpecialEdition", SpecialEdition.class, SpecialEdition::slug, Catalog::special);

    private final String typeName;
    private final Class<?> recordType;
    private final Function<Object, String> slug;
    private final BiFunction<Catalog, String, Optional<?>> lookup;

    <T> NodeType(String typeName, Class<T> recordType, Function<T, String> slug,
                 BiFunction<Catalog, String, Optional<? extends T>> lookup) {
        this.typeName = typeName;
        this.recordType = recordType;
        this.slug = object -> slug.apply(recordType.cast(object));
        this.lookup = lookup::apply;
    }

    String typeName() {
        return typeName;
    }

    /** The global id of {@code object}, a record of this type. */
    String id(Object object) {
        return OpaqueText.encode(typeName + ":" + slug.apply(object));
    }

    Optional<?> find(Catalog catalog, String slug) {
        return lookup.apply(catalog, slug);
    }

    /** The node type of a record the catalog holds, for the {@code Node} interface's type resolver. */
    static NodeType of(Object object) {
        return Arrays.stream(values()).filter(type -> type.recordType.isInstance(object)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a node: " + object.getClass()));
    }

    static Optional<NodeType> named(String typeName) {
        return Arrays.stream(values()).filter(type -> type.typeName.equals(typeName)).findFirst();
    }
}
