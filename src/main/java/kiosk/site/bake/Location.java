package kiosk.site.bake;

import kiosk.content.Tag;

/**
 * Where an HTML page is served and where it is written. The two differ for tags with Japanese names:
 * the URL is percent-encoded, the folder on disk keeps the raw name, which is what a static host
 * looks up after decoding the request.
 *
 * @param url site-relative, ending with a slash
 * @param dir the same path, not encoded
 */
record Location(String url, String dir) {

    static Location of(String asciiUrl) {
        return new Location(asciiUrl, asciiUrl);
    }

    static Location of(Tag tag) {
        return new Location(tag.url(), "/tags/" + tag.slug() + "/");
    }

    /** Page {@code number} of a paginated list: the first page is the list's own URL. */
    Location page(int number) {
        return number == 1 ? this : new Location(url + "page/" + number + "/", dir + "page/" + number + "/");
    }

    /** The output file, relative to the output folder. */
    String file() {
        return dir.substring(1) + "index.html";
    }
}
