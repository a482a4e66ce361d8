package kiosk.api.graphql;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.language.OperationDefinition.Operation;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Tells which kind of operation a request selects, before it runs: GraphQL over HTTP allows GET
 * for queries only. Documents are parsed once per distinct text; only the text and the operations' kinds
 * are kept, bounded by their bytes (see {@link DocumentWeight#text}).
 */
final class OperationKinds {

    private final ParserOptions parserOptions;
    private final Cache<String, Map<String, Operation>> byText;

    OperationKinds(ParserOptions parserOptions, long maxBytes) {
        this.parserOptions = parserOptions;
        this.byText = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((String query, Map<String, Operation> operations) -> DocumentWeight.text(query))
                .build();
    }

    /**
     * Whether the request selects a mutation or subscription. A document that does not parse, or
     * that names no such operation, is left to execution, which reports what is wrong with it.
     */
    boolean selectsNonQuery(GraphQlRequest request) {
        if (request.query() == null) {
            return false;
        }
        Map<String, Operation> operations = byText.get(request.query(), this::operations);
        Operation selected = request.operationName() != null ? operations.get(request.operationName())
                : operations.size() == 1 ? operations.values().iterator().next() : null;
        return selected != null && selected != Operation.QUERY;
    }

    /** Each operation's kind by name; an anonymous operation under "". */
    private Map<String, Operation> operations(String query) {
        Map<String, Operation> operations = new HashMap<>();
        try {
            Document document = Parser.parse(ParserEnvironment.newParserEnvironment()
                    .document(query).parserOptions(parserOptions).build());
            List<OperationDefinition> definitions = document.getDefinitionsOfType(OperationDefinition.class);
            definitions.forEach(definition -> operations.put(
                    definition.getName() == null ? "" : definition.getName(), definition.getOperation()));
        } catch (InvalidSyntaxException e) {
            // left to execution, which reports the syntax error
        }
        return Map.copyOf(operations);
    }
}
