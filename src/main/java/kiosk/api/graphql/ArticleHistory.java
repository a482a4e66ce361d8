package kiosk.api.graphql;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import kiosk.content.FileHistory;

/** The schema's {@code ArticleHistory}: git's commit times, in the site's time zone like every date. */
record ArticleHistory(OffsetDateTime firstCommitted, OffsetDateTime lastCommitted, int revisions) {

    static ArticleHistory of(FileHistory history, ZoneId zone) {
        return new ArticleHistory(history.firstCommitted().atZone(zone).toOffsetDateTime(),
                history.lastCommitted().atZone(zone).toOffsetDateTime(), history.revisions());
    }
}
