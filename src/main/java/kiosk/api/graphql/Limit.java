package kiosk.api.graphql;

/**
 * The limits a request may go over, as named in a limit error's {@code extensions.limit} (see
 * {@link ErrorCode#LIMIT_EXCEEDED}); the README's Limits list their values.
 */
public enum Limit {
    /** The request body's bytes. */
    REQUEST_BYTES,
    /** The document's characters. */
    QUERY_CHARACTERS,
    /** The document's tokens (or its nesting, which the parser bounds too). */
    QUERY_TOKENS,
    /** How deeply fields nest. */
    DEPTH,
    /** The request's estimated cost. */
    COMPLEXITY,
    /** A list's {@code first} or {@code last}. */
    PAGE_SIZE,
    /** How many ids {@code nodes(ids:)} takes. */
    NODE_IDS,
    /** Introspection beyond what a tool asks for in good faith. */
    INTROSPECTION,
    /** The fields and list items of an answer. */
    RESULT_NODES,
    /** The answer's bytes of JSON. */
    ANSWER_BYTES,
    /** Wrong preview tokens from one client address. */
    PREVIEW_TOKEN_GUESSES,
    /** Snapshots of git refs ({@code X-Content-Ref}) building or waiting to at once, across all clients. */
    REF_BUILDS
}
