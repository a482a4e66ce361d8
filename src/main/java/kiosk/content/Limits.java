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

    private Limits() {
    }
}
