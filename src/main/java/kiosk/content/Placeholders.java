package kiosk.content;

import java.util.regex.Pattern;

/**
 * The text {@code kiosk new} (and an archetype) puts where the editor must write: in full-width
 * parentheses and saying ここに (here), such as （ここに1〜2文の要約を書く）. {@code check} refuses
 * it in an article that would be published, so a scaffold never reaches readers half-written.
 */
public final class Placeholders {

    public static final String SUMMARY = "（ここに1〜2文の要約を書く）";
    public static final String BODY = "（本文をここに書く。公開するときは draft: true の行を消す）";
    /** Any placeholder: {@link #SUMMARY}, {@link #BODY}, or an archetype's own in the same form. */
    public static final Pattern PATTERN = Pattern.compile("（[^（）\n]*ここに[^（）\n]*）");
    /** What every placeholder says: text without it holds none, found faster than by {@link #PATTERN}. */
    public static final String MARK = "ここに";

    private Placeholders() {
    }
}
