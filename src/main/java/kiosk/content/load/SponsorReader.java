package kiosk.content.load;

import java.net.URI;
import java.util.List;
import kiosk.content.Image;
import kiosk.content.Sponsor;

/**
 * Reads who sponsors something: a series' {@code sponsor: {name, url, logo}}, an article's
 * {@code sponsored: {by, url, logo}}.
 */
final class SponsorReader {

    private final ImageReader images;

    SponsorReader(ImageReader images) {
        this.images = images;
    }

    /**
     * @param nameKey the key of the sponsor's name: {@code name} in a series, {@code by} in front matter
     * @return the sponsor, or null when absent or wrong (reported)
     */
    Sponsor read(Fields parent, String key, String nameKey) {
        return parent.nested(key, List.of(nameKey, "url", "logo")).map(fields -> {
            String name = fields.requiredText(nameKey);
            URI url = fields.httpUrl("url", false, "the sponsor's site, e.g. url: https://www.example.co.jp/");
            Image logo = images.read(fields, "logo");
            return name == null ? null : new Sponsor(name, url == null ? null : url.toString(), logo);
        }).orElse(null);
    }
}
