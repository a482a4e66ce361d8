package kiosk.api.graphql;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.InvalidSyntaxError;
import graphql.execution.InputMapDefinesTooManyFieldsException;
import graphql.execution.NonNullableValueCoercedAsNullException;
import graphql.execution.OneOfNullValueException;
import graphql.execution.OneOfTooManyKeysException;
import graphql.execution.preparsed.persisted.PersistedQueryIdInvalid;
import graphql.execution.preparsed.persisted.PersistedQueryNotFound;
import graphql.introspection.GoodFaithIntrospection;
import graphql.schema.CoercingParseValueException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The API's error contract: every error carries {@code extensions.code}, one of {@link ErrorCode},
 * and an error caused by a limit names it in {@code extensions.limit} (one of {@link Limit}) with its
 * value in {@code extensions.max}. Errors Kiosk raises are built coded ({@link #extensions}); the
 * errors graphql-java makes (syntax, validation, variables, persisted queries) get their code here,
 * after execution, keeping graphql-java's message and {@code classification}.
 */
public final class ErrorContract {

    public static final String CODE = "code";
    public static final String LIMIT = "limit";
    public static final String MAX = "max";

    private ErrorContract() {
    }

    /** The extensions of an error with {@code code}. */
    public static Map<String, Object> extensions(ErrorCode code) {
        return Map.of(CODE, code.name());
    }

    /** The extensions of an error caused by {@code limit}, whose value is {@code max}. */
    public static Map<String, Object> extensions(ErrorCode code, Limit limit, long max) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put(CODE, code.name());
        extensions.put(LIMIT, limit.name());
        extensions.put(MAX, max);
        return extensions;
    }

    /** An error in the specification's JSON form, for answers written without graphql-java (HTTP errors). */
    public static Map<String, Object> specification(String message, Map<String, Object> extensions) {
        return Map.of("message", message, "extensions", extensions);
    }

    /** {@code result} with a code on every error that has none. */
    static ExecutionResult coded(ExecutionResult result) {
        List<GraphQLError> errors = result.getErrors();
        if (errors.isEmpty() || errors.stream().allMatch(ErrorContract::hasCode)) {
            return result;
        }
        List<GraphQLError> coded = errors.stream().map(ErrorContract::coded).toList();
        return result.transform(answer -> answer.errors(coded));
    }

    static GraphQLError coded(GraphQLError error) {
        if (hasCode(error)) {
            return error;
        }
        Map<String, Object> extensions = new LinkedHashMap<>();
        if (error.getExtensions() != null) {
            extensions.putAll(error.getExtensions());
        }
        extensions.putAll(codeOf(error));
        return GraphqlErrorBuilder.newError()
                .message(error.getMessage())
                .locations(error.getLocations())
                .path(error.getPath())
                .errorType(error.getErrorType())
                .extensions(extensions)
                .build();
    }

    private static boolean hasCode(GraphQLError error) {
        return error.getExtensions() != null && error.getExtensions().containsKey(CODE);
    }

    private static Map<String, Object> codeOf(GraphQLError error) {
        ErrorClassification type = error.getErrorType();
        if (type instanceof PersistedQueryNotFound) {
            return extensions(ErrorCode.PERSISTED_QUERY_NOT_FOUND);
        }
        if (type instanceof PersistedQueryIdInvalid) {
            return extensions(ErrorCode.BAD_REQUEST);
        }
        if (error instanceof GoodFaithIntrospection.BadFaithIntrospectionError) {
            return Map.of(CODE, ErrorCode.LIMIT_EXCEEDED.name(), LIMIT, Limit.INTROSPECTION.name());
        }
        if (error instanceof InvalidSyntaxError || type == ErrorType.InvalidSyntax) {
            return extensions(ErrorCode.GRAPHQL_PARSE_FAILED);
        }
        if (error instanceof CoercingParseValueException || error instanceof NonNullableValueCoercedAsNullException
                || error instanceof InputMapDefinesTooManyFieldsException || error instanceof OneOfTooManyKeysException
                || error instanceof OneOfNullValueException) {
            // a variable's value: the document is fine, the input is not
            return extensions(ErrorCode.BAD_USER_INPUT);
        }
        if (type == ErrorType.ValidationError) {
            return extensions(ErrorCode.GRAPHQL_VALIDATION_FAILED);
        }
        return extensions(ErrorCode.INTERNAL_SERVER_ERROR);
    }
}
