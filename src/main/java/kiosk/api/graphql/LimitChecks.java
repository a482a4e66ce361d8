package kiosk.api.graphql;

import graphql.ExecutionResult;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.analysis.QueryComplexityCalculator;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.language.Document;
import kiosk.catalog.Catalog;

/**
 * The depth and complexity limits, checked when an operation starts. The complexity is
 * graphql-java's calculation with Kiosk's {@link FieldCost}, which needs the request's catalog (a
 * search or a filtered list costs by the articles it goes through), so it is not graphql-java's
 * {@code MaxQueryComplexityInstrumentation}, whose field costs cannot see the request. Chaining two
 * instrumentations would also wrap every field fetched in a chain of no-op calls, which cost a fifth
 * of a simple query's time here.
 */
final class LimitChecks extends SimplePerformantInstrumentation {

    private final MaxQueryDepthInstrumentation depth;
    private final int maxComplexity;
    private final int maxPageSize;

    LimitChecks(QueryLimits limits) {
        this.depth = new MaxQueryDepthInstrumentation(limits.maxDepth()) {
            @Override
            protected AbortExecutionException mkAbortException(int depth, int maxDepth) {
                // graphql-java's own wording, which clients and tests already know
                return new LimitExceededException("maximum query depth exceeded " + depth + " > " + maxDepth,
                        Limit.DEPTH, maxDepth);
            }
        };
        this.maxComplexity = limits.maxComplexity();
        this.maxPageSize = limits.maxPageSize();
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
                                                                         InstrumentationState state) {
        depth.beginExecuteOperation(parameters, state);
        ExecutionContext execution = parameters.getExecutionContext();
        int complexity = QueryComplexityCalculator.newCalculator()
                .fieldComplexityCalculator(new FieldCost(maxPageSize, execution.getGraphQLContext().get(Catalog.class)))
                .schema(execution.getGraphQLSchema())
                .document(execution.getDocument())
                .operationName(execution.getExecutionInput().getOperationName())
                .variables(execution.getCoercedVariables())
                .build()
                .calculate();
        if (complexity > maxComplexity) {
            // graphql-java's own wording, which clients and tests already know
            throw new LimitExceededException("maximum query complexity exceeded " + complexity + " > " + maxComplexity,
                    Limit.COMPLEXITY, maxComplexity);
        }
        return SimpleInstrumentationContext.noOp();
    }

    /**
     * Keeps a parser limit's exception in the request's context for {@link ParseLimits}: graphql-java
     * turns it into a plain syntax error, which could not say which limit stopped the parser.
     */
    @Override
    public InstrumentationContext<Document> beginParse(InstrumentationExecutionParameters parameters,
                                                       InstrumentationState state) {
        return SimpleInstrumentationContext.whenCompleted((document, failure) -> ParseLimits.remember(
                parameters.getExecutionInput().getGraphQLContext(), failure));
    }
}
