package kiosk.content.load;

/**
 * A link or image in a body that points into the site ({@code /articles/x/}, {@code ../x/},
 * {@code /media/a.jpg}), to check once every article, section and media file is known.
 *
 * @param address as written
 * @param image   whether it is an image's source rather than a link's target
 */
record BodyLink(String address, boolean image, int line, int column) {

    /** "the image /media/a.jpg" or "the link ../x/", for messages. */
    String named() {
        return (image ? "the image " : "the link ") + address;
    }
}
