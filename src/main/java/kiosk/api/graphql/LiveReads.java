package kiosk.api.graphql;

import graphql.schema.DataFetchingEnvironment;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Whether an answer read {@link LiveData}. An answer that only read the snapshot is the same every
 * time the same request runs on the same snapshot, so it may be kept and reused; one that read live
 * data may not. One per request, kept in its GraphQLContext; fields reach live data only through
 * {@link #live}, so none can read it unnoticed.
 */
final class LiveReads {

    private final AtomicBoolean any = new AtomicBoolean();

    /** The request's live data, noting that the answer read it. */
    static LiveData live(DataFetchingEnvironment environment) {
        environment.getGraphQlContext().<LiveReads>get(LiveReads.class).any.set(true);
        return environment.getGraphQlContext().get(LiveData.class);
    }

    /** Notes that the answer depends on the moment it is made (a link that expires), so it is never kept. */
    static void momentary(DataFetchingEnvironment environment) {
        environment.getGraphQlContext().<LiveReads>get(LiveReads.class).any.set(true);
    }

    boolean any() {
        return any.get();
    }
}
