package kiosk.api.graphql;

import graphql.execution.AbortExecutionException;
import java.util.Map;

/** Stops a request before it runs because it goes over a limit; the error names the limit (see {@link ErrorContract}). */
final class LimitExceededException extends AbortExecutionException {

    private final transient Map<String, Object> extensions;

    LimitExceededException(String message, Limit limit, long max) {
        super(message);
        this.extensions = ErrorContract.extensions(ErrorCode.LIMIT_EXCEEDED, limit, max);
    }

    @Override
    public Map<String, Object> getExtensions() {
        return extensions;
    }
}
