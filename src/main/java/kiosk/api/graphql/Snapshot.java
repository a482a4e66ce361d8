package kiosk.api.graphql;

import graphql.schema.DataFetchingEnvironment;
import kiosk.catalog.Catalog;

/**
 * The catalog a request runs on. It is taken once per request and kept in the request's
 * GraphQLContext under {@code Catalog.class}, so every field of one answer comes from one snapshot.
 */
final class Snapshot {

    private Snapshot() {
    }

    static Catalog catalog(DataFetchingEnvironment environment) {
        return environment.getGraphQlContext().get(Catalog.class);
    }
}
