package kiosk.content;

/**
 * How much content Kiosk accepts. Content comes from many editors and is served to the internet: a
 * huge file or a list of ten thousand tags is an attack until proven harmless, and everything
 * {@code kiosk check} accepts must bake and serve (a slug becomes a folder name, limited to 255 bytes
 * on every common file system). Each limit is far above what a magazine writes.
 */
public final class Limits {

    /** An article file: about 350,000 Japanese characters, fifteen long cover stories. */
    public static final long ARTICLE_FILE_BYTES = 1L << 20;
    /** A YAML data file (site, sections, authors, tags, an issue): thousands of entries. */
    public static final long DATA_FILE_BYTES = 2L << 20;
    /** A media file under {@code media/}: a print-quality photo or a PDF of several pages. */
    public static final long MEDIA_FILE_BYTES = 50L << 20;
    /** A template or asset of the site folder. */
    public static final long SITE_FILE_BYTES = 50L << 20;

    /** A slug (article, section, author, issue, listed tag): it names a folder of the site. */
    public static final int SLUG_LENGTH = 100;
    /** A tag's name, in characters. */
    public static final int TAG_NAME_LENGTH = 50;
    /** A tag's address segment derived from its name, in UTF-8 bytes (a folder name; 255 is the file systems' limit). */
    public static final int TAG_ADDRESS_BYTES = 200;
    /** Tags, authors and related articles an article may list, each. */
    public static final int ITEMS_PER_LIST = 20;
    /** Sections: every page's navigation lists them all. */
    public static final int SECTIONS = 50;
    /** Titles, names, datelines, sources, credits and alt texts, in characters. */
    public static final int SHORT_TEXT_LENGTH = 200;
    /** Any other text value (summaries, descriptions, biographies, captions), in characters. */
    public static final int TEXT_LENGTH = 2000;

    private Limits() {
    }
}
