package kiosk.site.bake;

import java.time.Duration;
import java.util.List;
import kiosk.content.check.Messages;

/**
 * What a bake did.
 *
 * @param pages         pages in the plan
 * @param renderedPages the output paths of the pages rendered: all of them in a full bake, those whose
 *                      model changed in an update (in plan order)
 * @param filesWritten  pages and static files written (an update skips files whose bytes are unchanged)
 * @param filesDeleted  files removed because their page or static file is gone
 */
public record BakeReport(int pages, List<String> renderedPages, int filesWritten, int filesDeleted, Duration duration) {

    public BakeReport {
        renderedPages = List.copyOf(renderedPages);
    }

    /** How many pages were rendered. */
    public int rendered() {
        return renderedPages.size();
    }

    public String summary() {
        return summary(Messages.ENGLISH);
    }

    /** What was done, in the words of {@code messages}. */
    public String summary(Messages messages) {
        return messages.text("bake.report", pages, rendered(), filesWritten, filesDeleted, duration.toNanos() / 1e9);
    }
}
