package kiosk.api.graphql;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphqlErrorBuilder;
import graphql.execution.ResultNodesInfo;
import graphql.execution.preparsed.persisted.PersistedQuerySupport;
import graphql.parser.ParserOptions;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import kiosk.catalog.Catalog;

/**
 * Kiosk's GraphQL API: the schema in {@code graphql/schema.graphqls} (the public contract), wired to
 * the catalog, with every {@link QueryLimits limit} in force. Thread-safe; one per server.
 */
public final class KioskGraphQl {

    /** The schema's location on the class path; the file lives in the repository's {@code graphql/} folder. */
    private static final String SCHEMA_RESOURCE = "graphql/schema.graphqls";
    /**
     * The heap parsed documents may keep, by text and as many again by persisted-query hash: about
     * 3,000 typical front-end queries, or 60 of the largest the parser accepts.
     */
    private static final long DOCUMENT_CACHE_BYTES = 16L << 20;
    /** The heap the texts of GET queries may keep, which are parsed to refuse mutations over GET. */
    private static final long OPERATION_KINDS_BYTES = 4L << 20;
    /** The longest query kept by its persisted-query hash; longer ones run, but are parsed each time. */
    public static final int MAX_PERSISTED_QUERY_CHARACTERS = 10_000;
    /**
     * The executable schema by largest page size, the only limit it holds: building it (parsing the SDL,
     * checking and wiring every type) is a tenth of serve's start, and it is immutable, so every server
     * of the JVM shares one and {@link #prepareSchema} can build it while the content loads.
     */
    private static final Map<Integer, GraphQLSchema> SCHEMAS = new ConcurrentHashMap<>();

    private final GraphQL graphQL;
    private final ParserOptions parserOptions;
    private final OperationKinds operationKinds;
    private final int maxResultNodes;

    private final LiveData live;
    private final TrustedDocuments trusted;

    private KioskGraphQl(GraphQL graphQL, ParserOptions parserOptions, int maxResultNodes, LiveData live,
                         TrustedDocuments trusted) {
        this.graphQL = graphQL;
        this.live = live;
        this.trusted = trusted;
        this.parserOptions = parserOptions;
        this.operationKinds = new OperationKinds(parserOptions, OPERATION_KINDS_BYTES);
        this.maxResultNodes = maxResultNodes;
    }

    /** The API with {@code limits} in force, answering live fields from {@code live}. */
    public static KioskGraphQl create(QueryLimits limits, LiveData live) {
        return create(limits, live, TrustedDocuments.ANY);
    }

    /** The API with {@code limits} in force, running only the {@code trusted} documents. */
    public static KioskGraphQl create(QueryLimits limits, LiveData live, TrustedDocuments trusted) {
        GraphQL graphQL = GraphQL.newGraphQL(prepareSchema(limits))
                .defaultDataFetcherExceptionHandler(new FetchErrors())
                .preparsedDocumentProvider(new DocumentCache(DOCUMENT_CACHE_BYTES, MAX_PERSISTED_QUERY_CHARACTERS))
                .instrumentation(new LimitChecks(limits))
                .build();
        ParserOptions parserOptions = ParserOptions.getDefaultOperationParserOptions().transform(options -> options
                .maxCharacters(limits.maxQueryCharacters())
                .maxTokens(limits.maxQueryTokens()));
        return new KioskGraphQl(graphQL, parserOptions, limits.maxResultNodes(), live, trusted);
    }

    /**
     * The executable schema for {@code limits}, built on the first call (a call for the same limits
     * meanwhile waits for it): {@code kiosk serve} calls it in the background at start.
     */
    public static GraphQLSchema prepareSchema(QueryLimits limits) {
        return SCHEMAS.computeIfAbsent(limits.maxPageSize(), maxPageSize -> new SchemaGenerator()
                .makeExecutableSchema(new SchemaParser().parse(schemaText()),
                        new SchemaWiring(new Pages(maxPageSize)).wiring()));
    }

    /** The schema as published: the text of {@link #SCHEMA_RESOURCE}. */
    private static String schemaText() {
        try (InputStream in = Objects.requireNonNull(KioskGraphQl.class.getClassLoader().getResourceAsStream(SCHEMA_RESOURCE),
                SCHEMA_RESOURCE + " is not on the class path")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code request} on {@code catalog} for a reader: every field of the answer comes from that one snapshot. */
    public GraphQlResult execute(GraphQlRequest request, Catalog catalog) {
        return execute(request, catalog, false);
    }

    /**
     * Runs {@code request} on {@code catalog}: every field of the answer comes from that one snapshot.
     *
     * @param editor whether the request comes with the preview token: only then do the fields for
     *               editors (the content status's details) answer
     */
    public GraphQlResult execute(GraphQlRequest asked, Catalog catalog, boolean editor) {
        return execute(asked, catalog, editor, null);
    }

    /**
     * As {@link #execute(GraphQlRequest, Catalog, boolean)}, and {@code Query.previewLink} signs with
     * {@code previewLinks} (null: the field is refused).
     */
    public GraphQlResult execute(GraphQlRequest asked, Catalog catalog, boolean editor, PreviewLinks previewLinks) {
        Optional<GraphQlRequest> allowed = trusted.allowed(asked);
        if (allowed.isEmpty()) {
            return new GraphQlResult(ExecutionResult.newExecutionResult().addError(GraphqlErrorBuilder.newError()
                    .message("this server runs trusted documents only, and the request's is not one of them:"
                            + " send the id of a document your client's build persisted")
                    .extensions(ErrorContract.extensions(ErrorCode.PERSISTED_QUERY_NOT_IN_LIST))
                    .build()).build(), true, Set.of());
        }
        GraphQlRequest request = allowed.get();
        LiveReads liveReads = new LiveReads();
        Snapshot snapshot = new Snapshot(catalog);
        Map<Object, Object> context = new HashMap<>(Map.of(
                Catalog.class, catalog,
                Snapshot.class, snapshot,
                LiveData.class, live,
                LiveReads.class, liveReads,
                ParserOptions.class, parserOptions,
                SchemaWiring.EDITOR, editor,
                ResultNodesInfo.MAX_RESULT_NODES, maxResultNodes));
        if (editor && previewLinks != null) {
            context.put(PreviewLinks.class, previewLinks);
        }
        ExecutionInput input = ExecutionInput.newExecutionInput()
                .query(request.query() != null ? request.query() : PersistedQuerySupport.PERSISTED_QUERY_MARKER)
                .operationName(request.operationName())
                .variables(request.variables())
                .extensions(request.extensions())
                .graphQLContext(context)
                .build();
        ExecutionResult result = ErrorContract.coded(withResultNodesError(graphQL.execute(input), input));
        return new GraphQlResult(result, !liveReads.any(), snapshot.tags());
    }

    /**
     * graphql-java stops filling an answer that reaches the result node limit, leaving nulls and no
     * word of why: say it, so the client knows to ask for less.
     */
    private ExecutionResult withResultNodesError(ExecutionResult result, ExecutionInput input) {
        ResultNodesInfo nodes = input.getGraphQLContext().get(ResultNodesInfo.RESULT_NODES_INFO);
        if (nodes == null || !nodes.isMaxResultNodesExceeded()) {
            return result;
        }
        return result.transform(answer -> answer.addError(GraphqlErrorBuilder.newError()
                .message("the answer would hold more than %d fields and list items: ask for fewer", maxResultNodes)
                .extensions(ErrorContract.extensions(ErrorCode.RESULT_TOO_LARGE, Limit.RESULT_NODES, maxResultNodes))
                .build()));
    }

    /** Whether the request selects a mutation or subscription, which GraphQL over HTTP forbids on GET. */
    public boolean selectsNonQuery(GraphQlRequest request) {
        return operationKinds.selectsNonQuery(request);
    }
}
