package kiosk.api.graphql;

import graphql.ExecutionResult;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.validation.ValidationError;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * graphql-java's depth and complexity checks as one instrumentation. Chaining the two with
 * {@code ChainedInstrumentation} would also wrap every field fetched in a chain of no-op calls,
 * which cost a fifth of a simple query's time here; both checks only act when an operation starts.
 */
final class LimitChecks extends SimplePerformantInstrumentation {

    private final MaxQueryDepthInstrumentation depth;
    private final MaxQueryComplexityInstrumentation complexity;

    LimitChecks(QueryLimits limits) {
        this.depth = new MaxQueryDepthInstrumentation(limits.maxDepth());
        this.complexity = new MaxQueryComplexityInstrumentation(limits.maxComplexity(), new FieldCost(limits.maxPageSize()));
    }

    /** The complexity check's state; the depth check keeps none. */
    @Override
    public CompletableFuture<InstrumentationState> createStateAsync(InstrumentationCreateStateParameters parameters) {
        return complexity.createStateAsync(parameters);
    }

    @Override
    public InstrumentationContext<List<ValidationError>> beginValidation(InstrumentationValidationParameters parameters,
                                                                        InstrumentationState state) {
        return complexity.beginValidation(parameters, state);
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
                                                                         InstrumentationState state) {
        depth.beginExecuteOperation(parameters, state);
        return complexity.beginExecuteOperation(parameters, state);
    }
}
