package kiosk.site.templates;

/**
 * What a page shows as of the moment it is rendered, beside its model: templates get it as
 * {@code ambient}. It is never compared to decide whether a page changed, so a new ranking does not
 * re-render every page of the site: a full bake puts the current one on every page, an update puts it
 * on the pages it renders anyway, and the site's script refreshes the rest in the browser.
 *
 * @param revision the content revision the page was rendered from
 * @param rankings the most read articles, or null where the site has no ranking box (no API to count views)
 */
public record Ambient(String revision, RankingBox rankings) {
}
