package kiosk.content.proofread;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import kiosk.content.Article;
import kiosk.content.ProofreadConfig;
import kiosk.content.ProofreadText;
import kiosk.content.check.Message;
import kiosk.content.check.Messages;
import kiosk.content.check.Problem;
import kiosk.content.check.Severity;
import kiosk.content.files.FileTree;
import kiosk.content.load.LoadResult;
import kiosk.content.load.ProofreadSettings;
import kiosk.content.load.ProofreadTexts;

/**
 * {@code --proofread}: the style warnings of every article loaded, drafts included. One instance proofreads
 * again and again ({@code serve --proofread} at each reload): an article whose file, rules and language are as
 * they were keeps its warnings without being proofread again, so an edit costs the proofreading of what it
 * changed, not of the whole archive.
 */
public final class Proofreading {

    /** The rules and the language a proofreading ran with: when either changes, every article is proofread again. */
    private record Rules(ProofreadConfig config, Messages messages) {
    }

    /**
     * An article as it was proofread: its file's SHA-256 as the load took it (10,000 texts would hold tens of
     * megabytes), and the warnings.
     */
    private record Proofread(byte[] digest, List<Problem> warnings) {
    }

    /** What {@link #remembered} was proofread with; null before the first call. */
    private Rules rules;
    /** By article path, as of the last {@link #proofread}: removed articles are forgotten there. */
    private Map<String, Proofread> remembered = Map.of();
    /** For {@link #rules}, made when an article needs it: setting up RedPen's rules and tokenizer takes a while. */
    private Proofreader proofreader;
    private int lastProofread;

    /**
     * The warnings of the articles whose paths {@code only} accepts ({@code check --changed}: those a change
     * affects), the others not proofread at all.
     *
     * @param files    the content files {@code loaded} was read from
     * @param messages the editors' language
     */
    public static List<Problem> check(FileTree files, LoadResult loaded, Messages messages, Predicate<String> only) {
        return new Proofreading().proofread(files, loaded, messages, only);
    }

    /**
     * The warnings of every article {@code loaded} holds, proofreading only those changed since this instance's
     * last call. An article whose file's digest (as the load read it) is the one it was proofread with is not
     * read again: a reload of 10,000 articles for one edit reads one file here, not 10,000.
     *
     * @param files the content files {@code loaded} was read from
     */
    public synchronized List<Problem> proofread(FileTree files, LoadResult loaded, Messages messages) {
        return proofread(files, loaded, messages, path -> true);
    }

    /** How many articles the last call proofread (the others kept their warnings), for the reload's log. */
    public synchronized int lastProofread() {
        return lastProofread;
    }

    private synchronized List<Problem> proofread(FileTree files, LoadResult loaded, Messages messages,
                                                 Predicate<String> only) {
        Rules current = new Rules(ProofreadSettings.of(files), messages);
        if (!current.equals(rules)) {
            rules = current;
            remembered = Map.of();
            proofreader = null;
        }
        Map<String, Proofread> now = new HashMap<>();
        List<Problem> warnings = new ArrayList<>();
        lastProofread = 0;
        for (Article article : loaded.content().articles()) {
            String path = article.path();
            if (!only.test(path)) {
                continue;
            }
            Proofread before = remembered.get(path);
            byte[] digest = loaded.digests().get(path);
            Optional<Proofread> proofread = before != null && digest != null && Arrays.equals(before.digest(), digest)
                    ? Optional.of(before) : fromFile(files, path, digest);
            proofread.ifPresent(kept -> {
                now.put(path, kept);
                warnings.addAll(kept.warnings());
            });
        }
        remembered = now;
        return warnings;
    }

    /**
     * The article at {@code path} proofread from its file as it is now; empty when the file cannot be read.
     *
     * @param digest the file's digest as loaded, or null when the result knows none (then it is proofread each time)
     */
    private Optional<Proofread> fromFile(FileTree files, String path, byte[] digest) {
        Optional<String> source = ProofreadTexts.source(files, path);
        if (source.isEmpty()) {
            return Optional.empty();
        }
        lastProofread++;
        return Optional.of(new Proofread(digest, ProofreadTexts.of(path, source.get())
                .map(text -> guarded(proofreader(), text)).orElse(List.of())));
    }

    /** The proofreader of the current rules, made on first need (it loads RedPen's dictionaries). */
    private Proofreader proofreader() {
        if (proofreader == null) {
            proofreader = new Proofreader(rules.config(), rules.messages());
        }
        return proofreader;
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
