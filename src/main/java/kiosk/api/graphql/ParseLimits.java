package kiosk.api.graphql;

import graphql.GraphQLContext;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.parser.ParserOptions;
import graphql.parser.exceptions.ParseCancelledException;
import graphql.parser.exceptions.ParseCancelledTooDeepException;
import graphql.parser.exceptions.ParseCancelledTooManyCharsException;
import java.util.List;

/**
 * Names the limit when the parser stopped at one (characters, tokens, nesting): {@link LimitChecks}
 * remembers the parser's exception in the request's context, and the document cache codes the failed
 * entry with it before keeping it, so the same text answers the same error next time.
 */
final class ParseLimits {

    private ParseLimits() {
    }

    static void remember(GraphQLContext context, Throwable failure) {
        if (failure instanceof ParseCancelledException || failure instanceof ParseCancelledTooDeepException
                || failure instanceof ParseCancelledTooManyCharsException) {
            context.put(ParseLimits.class, failure);
        }
    }

    /** The entry, with its syntax error coded {@code LIMIT_EXCEEDED} when a parser limit caused it. */
    static PreparsedDocumentEntry coded(PreparsedDocumentEntry entry, GraphQLContext context) {
        Throwable failure = context.get(ParseLimits.class);
        if (failure == null || !entry.hasErrors()) {
            return entry;
        }
        ParserOptions options = context.get(ParserOptions.class);
        Limit limit = failure instanceof ParseCancelledTooManyCharsException ? Limit.QUERY_CHARACTERS : Limit.QUERY_TOKENS;
        long max = failure instanceof ParseCancelledTooManyCharsException ? options.getMaxCharacters()
                : failure instanceof ParseCancelledTooDeepException ? options.getMaxRuleDepth() : options.getMaxTokens();
        List<GraphQLError> errors = entry.getErrors().stream().map(error -> GraphqlErrorBuilder.newError()
                .message(error.getMessage())
                .locations(error.getLocations())
                .errorType(error.getErrorType())
                .extensions(ErrorContract.extensions(ErrorCode.LIMIT_EXCEEDED, limit, max))
                .build()).toList();
        return new PreparsedDocumentEntry(errors);
    }
}
