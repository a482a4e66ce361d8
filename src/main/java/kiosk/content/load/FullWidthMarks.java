package kiosk.content.load;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kiosk.content.check.Message;
import kiosk.content.check.Problems;

/**
 * Full-width spaces and colons where YAML needs half-width ones: a Japanese input method left on
 * writes {@code title：見出し} or indents with {@code 　}, which YAML reads as something else
 * entirely (one long text, an unknown key). Found before the parser runs, each is reported at its
 * line and column by its name; values may hold either freely ({@code title: 特集：半導体}).
 */
final class FullWidthMarks {

    private static final char SPACE = '\u3000';
    private static final String KEY = "[A-Za-z_][A-Za-z0-9_-]*";
    /** Indentation and a list's dash, then a key: what a line that sets a key starts with. */
    private static final Pattern KEY_LINE = Pattern.compile("^([ \u3000]*(?:-[ \u3000]+)?)(" + KEY + ")([ \u3000]*)([:：])(.?)");
    private static final Pattern DASH_LINE = Pattern.compile("^([ \u3000]*)-\u3000");

    private FullWidthMarks() {
    }

    /** Reports each full-width mark in YAML's own syntax; whether there was any. */
    static boolean check(String text, int firstLine, Problems problems) {
        boolean found = false;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            found |= checkLine(lines[i], firstLine + i, problems);
        }
        return found;
    }

    private static boolean checkLine(String line, int number, Problems problems) {
        Matcher key = KEY_LINE.matcher(line);
        if (key.find()) {
            int space = key.group(1).indexOf(SPACE);
            if (space < 0 && key.group(3).indexOf(SPACE) >= 0) {
                space = key.start(3) + key.group(3).indexOf(SPACE);
            }
            if (space >= 0) {
                problems.error(number, space + 1, Message.of("yaml.fullWidthSpace"));
                return true;
            }
            if (key.group(4).equals("：")) {
                problems.error(number, key.start(4) + 1, Message.of("yaml.fullWidthColon", key.group(2)));
                return true;
            }
            if (key.group(5).equals(String.valueOf(SPACE))) {
                problems.error(number, key.start(5) + 1, Message.of("yaml.fullWidthSpace"));
                return true;
            }
            return false;
        }
        Matcher dash = DASH_LINE.matcher(line);
        if (dash.find()) {
            problems.error(number, dash.end(), Message.of("yaml.fullWidthSpace"));
            return true;
        }
        return false;
    }
}
