package kiosk.site.templates;

/**
 * Where an article stands in its series, as its page shows it: 「連載 日本再発見 シーズン2 山あいの暮らし 第3回」
 * with links to the parts before and after it.
 *
 * @param season   the season's name (「シーズン2 山あいの暮らし」), or null in a series without seasons
 * @param part     the part's name within its season: 「第3回」
 * @param previous the published part before it, or null
 * @param next     the published part after it, or null
 */
public record SeriesBox(Link series, String season, String part, Link previous, Link next) {
}
