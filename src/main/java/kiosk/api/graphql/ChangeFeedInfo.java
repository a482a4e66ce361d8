package kiosk.api.graphql;

import java.util.List;
import kiosk.catalog.ChangeSet;

/** The schema's {@code ChangeFeed}: the change sets since a revision, and the revision they lead to. */
record ChangeFeedInfo(String revision, boolean hasMore, List<ChangeSet> changes) {
}
