package kiosk.content.git;

import kiosk.content.check.Message;
import kiosk.content.check.Messages;
import org.eclipse.jgit.lib.Repository;

/**
 * A git ref as a request may name one to preview: a branch ({@code feature/japan-trade}), a tag, a full
 * ref ({@code refs/pull/7/head}) or a commit id, full or abbreviated. Never a revision expression
 * ({@code main~2}, {@code HEAD^}, {@code @{1}}): the name follows git's ref-format rules
 * ({@code git check-ref-format}, as JGit checks them) and a length bound, so a name from a URL or a
 * header cannot walk the repository or cost more than one lookup.
 */
public record RefName(String name) {

    /** Longer names are refused: git allows longer ones, no branch an editor types is. */
    public static final int MAX_LENGTH = 200;

    /** @throws Invalid saying which rule the name breaks */
    public RefName {
        Message broken = brokenRule(name);
        if (broken != null) {
            throw new Invalid(broken);
        }
    }

    private static Message brokenRule(String name) {
        if (name == null || name.isEmpty()) {
            return Message.of("ref.empty");
        }
        if (name.length() > MAX_LENGTH) {
            return Message.of("ref.tooLong", MAX_LENGTH);
        }
        if (name.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return Message.of("ref.control");
        }
        if (name.contains("..")) {
            return Message.of("ref.dots");
        }
        if (name.startsWith("-")) {
            return Message.of("ref.dash");
        }
        // a short name is checked as the branch it most often is: the same rules hold for tags
        String full = name.startsWith("refs/") ? name : "refs/heads/" + name;
        if (!Repository.isValidRefName(full)) {
            return Message.of("ref.format");
        }
        return null;
    }

    @Override
    public String toString() {
        return name;
    }

    /**
     * A name that breaks a rule. Its message says which in English, for the API's errors and the command
     * line; {@link #rule()} tells it in an editor's language, for the preview's pages.
     */
    public static final class Invalid extends IllegalArgumentException {

        private final transient Message rule;

        private Invalid(Message rule) {
            super(Messages.ENGLISH.text("ref.invalid", rule));
            this.rule = rule;
        }

        /** The rule the name breaks, a message of {@link Messages}' bundle. */
        public Message rule() {
            return rule;
        }
    }
}
