package kiosk.content.git;

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

    /** @throws IllegalArgumentException saying which rule the name breaks */
    public RefName {
        String broken = brokenRule(name);
        if (broken != null) {
            throw new IllegalArgumentException("not a git branch, tag or commit name: " + broken);
        }
    }

    private static String brokenRule(String name) {
        if (name == null || name.isEmpty()) {
            return "it is empty";
        }
        if (name.length() > MAX_LENGTH) {
            return "it is longer than " + MAX_LENGTH + " characters";
        }
        if (name.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return "it holds a control character";
        }
        if (name.contains("..")) {
            return "it holds '..'";
        }
        if (name.startsWith("-")) {
            return "it starts with '-'";
        }
        // a short name is checked as the branch it most often is: the same rules hold for tags
        String full = name.startsWith("refs/") ? name : "refs/heads/" + name;
        if (!Repository.isValidRefName(full)) {
            return "git's ref-format rules refuse it (no space, ~ ^ : ? * [ \\ or @{, no part starting with '.'"
                    + " or ending with '.lock', no '//' and no trailing '/' or '.')";
        }
        return null;
    }

    @Override
    public String toString() {
        return name;
    }
}
