package kiosk.content.proofread;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import kiosk.content.Content;
import kiosk.content.ProofreadText;
import kiosk.content.check.Message;
import kiosk.content.check.Messages;
import kiosk.content.check.Problem;
import kiosk.content.check.Severity;
import kiosk.content.files.FileTree;
import kiosk.content.load.ProofreadSettings;
import kiosk.content.load.ProofreadTexts;

/** {@code --proofread}: the style warnings of every article loaded, drafts included. */
public final class Proofreading {

    private Proofreading() {
    }

    /**
     * @param files    the content files {@code content} was loaded from
     * @param messages the editors' language
     */
    public static List<Problem> check(FileTree files, Content content, Messages messages) {
        return check(files, content, messages, path -> true);
    }

    /**
     * The warnings of the articles whose paths {@code only} accepts ({@code check --changed}: those a change
     * affects), the others not proofread at all.
     */
    public static List<Problem> check(FileTree files, Content content, Messages messages, Predicate<String> only) {
        Proofreader proofreader = new Proofreader(ProofreadSettings.of(files), messages);
        return content.articles().stream()
                .filter(article -> only.test(article.path()))
                .map(article -> ProofreadTexts.of(files, article.path()).orElse(null))
                .filter(Objects::nonNull)
                .flatMap(text -> guarded(proofreader, text).stream())
                .toList();
    }

    /**
     * A failure of a rule on one article (a bug in a library, on some text nobody foresaw) is that article's
     * warning; the others are proofread as usual, and proofreading never fails a check.
     */
    private static List<Problem> guarded(Proofreader proofreader, ProofreadText text) {
        try {
            return proofreader.proofread(text);
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            return List.of(new Problem(text.path(), 0, 0, Severity.WARNING,
                    Message.of("proofread.failed", e.getClass().getSimpleName())));
        }
    }
}
