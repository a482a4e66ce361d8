package kiosk.content.load;

/**
 * A slug one file uses to name something defined elsewhere, checked once everything is read.
 *
 * @param path the file that holds the reference
 * @param key  the field that holds it, for the message
 */
record Reference(Kind kind, String path, String key, Located<String> slug) {

    enum Kind {
        SECTION("section"), AUTHOR("author"), ISSUE("issue"), SERIES("series"), ARTICLE("article"),
        /** An article a collection or a table of contents lists: listing a draft is worth a warning. */
        LISTED_ARTICLE("article");

        final String noun;

        Kind(String noun) {
            this.noun = noun;
        }
    }
}
