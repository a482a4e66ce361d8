package kiosk.content.load;

import kiosk.content.check.Problems;

/**
 * Splits a Markdown file into its YAML front matter (between {@code ---} lines) and the body.
 *
 * @param yaml          the front matter text
 * @param yamlFirstLine the file line on which the YAML starts, to locate its problems
 * @param body          the Markdown after the closing line
 * @param bodyFirstLine the file line on which the body starts
 */
record FrontMatter(String yaml, int yamlFirstLine, String body, int bodyFirstLine) {

    private static final String FENCE = "---";

    /** @return the split, or null when the file has no well-formed front matter (reported) */
    static FrontMatter split(String text, Problems problems) {
        if (text.isBlank()) {
            problems.error(1, 1, "the file is empty", "an article starts with front matter: a '---' line, "
                    + "'title: ...' and the other fields, another '---' line, then the body");
            return null;
        }
        String firstLine = text.lines().findFirst().orElse("").stripTrailing();
        if (!firstLine.equals(FENCE)) {
            problems.error(1, 1, "the file does not start with front matter",
                    "put a line '---' first, then the fields (title: ..., date: ...), then another '---' line");
            return null;
        }
        int lineNumber = 1;
        int position = text.indexOf('\n') + 1;
        while (position > 0 && position < text.length()) {
            int end = text.indexOf('\n', position);
            String line = (end < 0 ? text.substring(position) : text.substring(position, end)).stripTrailing();
            lineNumber++;
            if (line.equals(FENCE) || line.equals("...")) {
                String yaml = text.substring(text.indexOf('\n') + 1, position);
                String body = end < 0 ? "" : text.substring(end + 1);
                return new FrontMatter(yaml, 2, body, lineNumber + 1);
            }
            position = end + 1;
        }
        problems.error(1, 1, "the front matter opened on line 1 never closes",
                "add a line '---' after the last front matter field, before the body");
        return null;
    }
}
