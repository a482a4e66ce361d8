package kiosk.api.graphql;

/** Where a page lies in its list, as the schema's {@code PageInfo}; cursors are null for an empty page. */
record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
}
