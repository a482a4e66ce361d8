package kiosk.content;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Derives a URL path segment for a tag that {@code tags.yaml} does not list. */
public final class TagSlugs {

    private static final Pattern HYPHENS = Pattern.compile("-{2,}");
    private static final Pattern HYPHEN_AT_END = Pattern.compile("^-|-$");

    private TagSlugs() {
    }

    /**
     * NFKC-normalises the name (full-width Latin to ASCII), lower-cases it, and replaces white space
     * and characters that are unsafe in a path segment with hyphens. Japanese characters stay as they
     * are: pages are written under that name and links percent-encode it, which every static host serves.
     */
    public static String derive(String name) {
        String collapsed = segment(name);
        return collapsed.isEmpty() ? "tag" : collapsed;
    }

    /** Whether the name has something to make an address from (a name of only punctuation has not). */
    public static boolean derivable(String name) {
        return !segment(name).isEmpty();
    }

    private static String segment(String name) {
        String normalised = Normalizer.normalize(name.strip(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder slug = new StringBuilder(normalised.length());
        normalised.codePoints().forEach(cp -> {
            boolean unsafe = Character.isWhitespace(cp) || Character.isISOControl(cp) || "/\\?#%&+:;\"'<>|*.".indexOf(cp) >= 0;
            slug.appendCodePoint(unsafe ? '-' : cp);
        });
        return HYPHEN_AT_END.matcher(HYPHENS.matcher(slug).replaceAll("-")).replaceAll("");
    }
}
