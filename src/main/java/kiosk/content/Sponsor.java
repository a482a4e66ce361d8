package kiosk.content;

import java.util.Objects;

/**
 * Who paid for sponsored content. Whatever carries one is advertising: Japan's rules against stealth
 * marketing require it to be labelled 「PR」 wherever it appears, and the sponsor named on its page.
 *
 * @param url  the sponsor's site, an absolute http(s) URL, or null
 * @param logo the sponsor's logo, or null
 */
public record Sponsor(String name, String url, Image logo) {

    public Sponsor {
        Objects.requireNonNull(name, "name");
    }
}
