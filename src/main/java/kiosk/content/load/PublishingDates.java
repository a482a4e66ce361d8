package kiosk.content.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kiosk.content.Article;
import kiosk.content.Content;
import kiosk.content.Limits;
import kiosk.content.check.Message;
import kiosk.content.check.Problem;
import kiosk.content.check.Problems;
import kiosk.content.files.FileTree;

/**
 * A draft published with the date it was started: {@code kiosk new} dates an article when the
 * editor begins it, and if nobody changes the date when it goes out, readers find it among the
 * articles of that day, below news it follows. A change that publishes an article (it was a draft,
 * or did not exist) dated long before is worth a warning at its {@code date:} line.
 */
public final class PublishingDates {

    /** How far before its publication an article's date may be: beyond a few days it reads as old news. */
    static final Duration STALE_AFTER = Duration.ofDays(3);
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private PublishingDates() {
    }

    /**
     * @param before      the content before the change (at the commit it is compared with)
     * @param after       the content with the change, read from {@code files}
     * @param publishedAt when the change is published: now, for a commit about to be made
     */
    public static List<Problem> check(Content before, Content after, FileTree files, Instant publishedAt) {
        Map<String, Article> earlier = new HashMap<>();
        before.articles().forEach(article -> earlier.put(article.slug(), article));
        List<Problem> problems = new ArrayList<>();
        for (Article article : after.articles()) {
            Article was = earlier.get(article.slug());
            boolean publishes = !article.draft() && (was == null || was.draft());
            Duration late = Duration.between(article.date().toInstant(), publishedAt);
            if (publishes && late.compareTo(STALE_AFTER) > 0) {
                Problems found = new Problems(article.path());
                found.warning(dateLine(files, article.path()), 1, Message.of("staleDate", late.toDays(),
                        article.date().atZoneSameInstant(after.site().timeZone()).format(SHOWN)));
                problems.addAll(found.list());
            }
        }
        return problems;
    }

    /** The line of the front matter's {@code date:}, or 1 when it cannot be read. */
    private static int dateLine(FileTree files, String path) {
        try {
            String[] lines = new String(files.read(files.root().resolve(path), Limits.ARTICLE_FILE_BYTES),
                    StandardCharsets.UTF_8).split("\n", -1);
            for (int i = 1; i < lines.length && !lines[i].startsWith("---"); i++) {
                if (lines[i].startsWith("date:")) {
                    return i + 1;
                }
            }
        } catch (IOException e) {
            // the file was read a moment ago; if it cannot be now, the warning stands at its first line
        }
        return 1;
    }
}
