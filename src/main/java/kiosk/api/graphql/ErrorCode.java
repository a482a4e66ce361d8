package kiosk.api.graphql;

/**
 * The codes an error of the API carries in {@code extensions.code}: the whole list, the same as the
 * schema's {@code enum ErrorCode} and the README's table (ErrorCodesDocumentedTest keeps the three equal).
 * A feature that adds a code adds it here, there and there.
 */
public enum ErrorCode {
    /** The HTTP request is not a GraphQL request: not JSON, no query, an unacceptable Accept, a mutation over GET. */
    BAD_REQUEST,
    /** The document does not parse. */
    GRAPHQL_PARSE_FAILED,
    /** The document does not fit the schema. */
    GRAPHQL_VALIDATION_FAILED,
    /** An argument or variable value is wrong: a malformed cursor or id, a page size out of range. */
    BAD_USER_INPUT,
    /** An object asked for by its global id is not published (any more). */
    NOT_FOUND,
    /** The request goes over a limit; {@code extensions.limit} names it, {@code extensions.max} gives its value. */
    LIMIT_EXCEEDED,
    /** The answer would hold too many fields and list items: a {@link #LIMIT_EXCEEDED} kept under its first name. */
    RESULT_TOO_LARGE,
    /** The answer would take too many bytes: a {@link #LIMIT_EXCEEDED} kept under its first name. */
    ANSWER_TOO_LARGE,
    /** A persisted query's hash the server does not know: send the query with its hash. */
    PERSISTED_QUERY_NOT_FOUND,
    /** With trusted documents only, a document that is not one of them. */
    PERSISTED_QUERY_NOT_IN_LIST,
    /** The preview token or cookie is wrong or expired. */
    UNAUTHENTICATED,
    /** A field for editors, asked for without the preview token. */
    FORBIDDEN,
    /** The server failed; the message says no more, the server's log does. */
    INTERNAL_SERVER_ERROR
}
