package kiosk.api.graphql;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.DataFetcherExceptionHandlerParameters;
import graphql.execution.DataFetcherExceptionHandlerResult;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns exceptions from data fetchers into GraphQL errors: a client's mistake keeps its message and
 * gets the code {@code BAD_USER_INPUT}, a field for editors asked for without the preview token
 * {@code FORBIDDEN}; anything else is logged here and reaches the client only as
 * "internal error", so no internals leak.
 */
final class FetchErrors implements DataFetcherExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(FetchErrors.class);

    @Override
    public CompletableFuture<DataFetcherExceptionHandlerResult> handleException(
            DataFetcherExceptionHandlerParameters parameters) {
        Throwable exception = parameters.getException();
        String message;
        Map<String, Object> extensions;
        if (exception instanceof InvalidInputException invalid) {
            message = exception.getMessage();
            extensions = invalid.extensions();
        } else if (exception instanceof EditorsOnlyException) {
            message = exception.getMessage();
            extensions = ErrorContract.extensions(ErrorCode.FORBIDDEN);
        } else {
            LOG.error("fetching {} failed", parameters.getPath(), exception);
            message = "internal error while fetching " + parameters.getPath();
            extensions = ErrorContract.extensions(ErrorCode.INTERNAL_SERVER_ERROR);
        }
        GraphQLError error = GraphqlErrorBuilder.newError()
                .message(message)
                .path(parameters.getPath())
                .location(parameters.getSourceLocation())
                .extensions(extensions)
                .build();
        return CompletableFuture.completedFuture(DataFetcherExceptionHandlerResult.newResult(error).build());
    }
}
