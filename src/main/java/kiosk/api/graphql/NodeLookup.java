package kiosk.api.graphql;

import static kiosk.api.graphql.Snapshot.catalog;

import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherResult;
import graphql.execution.ResultPath;
import graphql.schema.DataFetchingEnvironment;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kiosk.catalog.Catalog;

/**
 * {@code node(id:)} and {@code nodes(ids:)}: objects by global id (see {@link NodeType}). An id that is
 * not one the API made is {@code BAD_USER_INPUT}; one that names nothing published in the request's
 * snapshot (unpublished since, or never) is {@code NOT_FOUND}. Either way only that object is null.
 */
final class NodeLookup {

    /** The most ids one {@code nodes} takes: a page's worth, as {@code first} allows. */
    static final int MAX_IDS = 100;

    private NodeLookup() {
    }

    static DataFetcherResult<Object> node(DataFetchingEnvironment environment) {
        DataFetcherResult.Builder<Object> result = DataFetcherResult.newResult();
        result.data(find(environment, environment.getArgument("id"), environment.getExecutionStepInfo().getPath(), result));
        return result.build();
    }

    static DataFetcherResult<List<Object>> nodes(DataFetchingEnvironment environment) {
        List<String> ids = environment.getArgument("ids");
        if (ids.size() > MAX_IDS) {
            throw InvalidInputException.limitExceeded("nodes takes at most %d ids, was given %d: ask in several requests"
                    .formatted(MAX_IDS, ids.size()), Limit.NODE_IDS, MAX_IDS);
        }
        DataFetcherResult.Builder<List<Object>> result = DataFetcherResult.newResult();
        List<Object> nodes = new ArrayList<>(ids.size());
        ResultPath path = environment.getExecutionStepInfo().getPath();
        for (int i = 0; i < ids.size(); i++) {
            nodes.add(find(environment, ids.get(i), path.segment(i), result));
        }
        return result.data(nodes).build();
    }

    /** The object {@code id} names, or null with its error added to {@code result}. */
    private static Object find(DataFetchingEnvironment environment, String id, ResultPath path,
                               DataFetcherResult.Builder<?> result) {
        Optional<Reference> reference = Reference.parse(id);
        ErrorCode code;
        String message;
        if (reference.isEmpty()) {
            code = ErrorCode.BAD_USER_INPUT;
            message = "\"%s\" is not an id of this API: pass the id field of an object it returned".formatted(id);
        } else {
            Optional<?> found = reference.get().type().find(catalog(environment), reference.get().slug());
            if (found.isPresent()) {
                return found.get();
            }
            code = ErrorCode.NOT_FOUND;
            message = "no published %s has the id \"%s\" (any more)".formatted(reference.get().type().typeName(), id);
        }
        result.error(GraphqlErrorBuilder.newError(environment)
                .path(path)
                .message(message)
                .extensions(ErrorContract.extensions(code))
                .build());
        return null;
    }

    /** What a global id says: a node type and a slug. */
    private record Reference(NodeType type, String slug) {

        static Optional<Reference> parse(String id) {
            return OpaqueText.decode(id).flatMap(text -> {
                int colon = text.indexOf(':');
                if (colon < 0 || colon == text.length() - 1) {
                    return Optional.empty();
                }
                return NodeType.named(text.substring(0, colon))
                        .map(type -> new Reference(type, text.substring(colon + 1)));
            });
        }
    }
}
