package kiosk.api.graphql;

import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.language.Directive;
import graphql.language.Node;
import graphql.language.NodeTraverser;
import graphql.language.NodeVisitorStub;
import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Kiosk does not deliver answers incrementally: every answer is one JSON document, never
 * {@code multipart/mixed}. graphql-java puts {@code @defer} among its built-in directives whatever the
 * server does, and without incremental support it would run a deferred fragment at once; a client that
 * read the directive in the schema would then wait for parts that never come. So the directives are
 * neither advertised (introspection leaves them out) nor accepted (a document using one fails
 * validation), as the GraphQL-over-HTTP incremental delivery proposal asks of servers without it.
 */
final class IncrementalDelivery {

    private static final Set<String> UNSERVED = Set.of("defer", "stream");

    private IncrementalDelivery() {
    }

    /** {@code __schema { directives }} without the unserved ones. */
    static GraphQLCodeRegistry.Builder hidden(GraphQLCodeRegistry.Builder registry) {
        DataFetcher<?> directives = environment -> environment.getGraphQLSchema().getDirectives().stream()
                .filter(directive -> !UNSERVED.contains(directive.getName()))
                .toList();
        return registry.dataFetcher(FieldCoordinates.coordinates("__Schema", "directives"), directives);
    }

    /** The entry, or a validation error for each use of an unserved directive in its document. */
    static PreparsedDocumentEntry refused(PreparsedDocumentEntry entry) {
        if (entry.hasErrors()) {
            return entry;
        }
        List<GraphQLError> errors = new ArrayList<>();
        new NodeTraverser().depthFirst(new NodeVisitorStub() {
            @Override
            public TraversalControl visitDirective(Directive directive, TraverserContext<Node> context) {
                if (UNSERVED.contains(directive.getName())) {
                    errors.add(GraphqlErrorBuilder.newError()
                            .message("@%s is not supported: Kiosk answers every request in one part (no multipart/mixed);"
                                    + " remove the directive", directive.getName())
                            .location(directive.getSourceLocation())
                            .errorType(ErrorType.ValidationError)
                            .extensions(ErrorContract.extensions(ErrorCode.GRAPHQL_VALIDATION_FAILED))
                            .build());
                }
                return TraversalControl.CONTINUE;
            }
        }, entry.getDocument());
        return errors.isEmpty() ? entry : new PreparsedDocumentEntry(errors);
    }
}
