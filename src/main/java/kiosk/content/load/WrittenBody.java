package kiosk.content.load;

import java.util.List;
import java.util.Set;
import kiosk.content.Image;

/**
 * An article body written as a page may serve it: safe HTML, its plain text, every image in it (in order)
 * and the ids its elements carry (for the links to {@code #fragments} to be checked against).
 */
record WrittenBody(String html, String text, List<Image> images, Set<String> ids) {
    WrittenBody {
        images = List.copyOf(images);
        ids = Set.copyOf(ids);
    }
}
