package kiosk.live;

import java.nio.file.Path;
import java.util.Objects;
import kiosk.content.Content;

/**
 * Content served in place of a content folder that has errors, and why.
 *
 * @param content what is served
 * @param folder  the folder it was read from, whose media the site copies
 * @param reason  what is served and why, for the status: {@code serving revision 3f2a..., the last that ...}
 */
public record Fallback(Content content, Path folder, String reason) {

    public Fallback {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(reason, "reason");
    }
}
