package kiosk.api.graphql;

import graphql.TypeResolutionEnvironment;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLObjectType;
import kiosk.catalog.CacheTags.Kind;
import kiosk.content.Article;

/** How the schema's structured body types read {@link BodyBlock}s and {@link BodyInline}s. */
final class BodySchema {

    private BodySchema() {
    }

    /** The schema type of a block or inline: the record's name, which the schema uses too. */
    static GraphQLObjectType typeOf(TypeResolutionEnvironment environment) {
        return environment.getSchema().getObjectType(environment.getObject().getClass().getSimpleName());
    }

    /** The published article a link or card points to, or null. */
    static Article linkedArticle(DataFetchingEnvironment environment) {
        Object source = environment.getSource();
        BodyInline.Link link = source instanceof BodyBlock.ArticleCard card ? card.link() : (BodyInline.Link) source;
        return link.articleSlug() == null ? null
                : Snapshot.read(environment, Kind.ARTICLE.tag(link.articleSlug())).article(link.articleSlug()).orElse(null);
    }
}
