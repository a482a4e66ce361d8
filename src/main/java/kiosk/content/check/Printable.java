package kiosk.content.check;

/**
 * Text from content made safe to print on one line of a terminal or a log: control characters
 * (escape sequences, bells, line breaks), line separators and the invisible marks that reorder
 * text (bidirectional overrides) are written as {@code \u001b}-style escapes.
 */
public final class Printable {

    private Printable() {
    }

    public static String escape(String text) {
        if (text.codePoints().noneMatch(Printable::unsafe)) {
            return text;
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(cp -> {
            if (unsafe(cp)) {
                escaped.append(String.format("\\u%04x", cp));
            } else {
                escaped.appendCodePoint(cp);
            }
        });
        return escaped.toString();
    }

    /** Whether a code point must not reach a terminal as it is. */
    public static boolean unsafe(int cp) {
        return Character.isISOControl(cp) // C0 (ESC, BEL, CR, LF, TAB...), DEL and C1 (CSI...)
                || cp == 0x2028 || cp == 0x2029 // line and paragraph separators
                || cp >= 0x200e && cp <= 0x200f || cp >= 0x202a && cp <= 0x202e || cp >= 0x2066 && cp <= 0x2069; // bidi
    }
}
