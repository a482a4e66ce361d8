package kiosk.site.templates;

import java.util.List;

/**
 * The 人気ランキング box: the most read articles per window, as of a moment.
 *
 * @param asOf  when the rankings were taken, or null when there are none yet (the site's script fills them)
 * @param lists one per window: day, week, month
 */
public record RankingBox(Moment asOf, List<RankingList> lists) {

    public RankingBox {
        lists = List.copyOf(lists);
    }

    /**
     * One window's ranking.
     *
     * @param period   {@code DAY}, {@code WEEK} or {@code MONTH}, as the API names it
     * @param articles most read first; empty while nothing was read
     */
    public record RankingList(String period, List<Headline> articles) {

        public RankingList {
            articles = List.copyOf(articles);
        }
    }
}
