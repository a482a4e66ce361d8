package kiosk.api.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kiosk.catalog.Catalog;
import kiosk.content.Article;
import kiosk.ranking.RankedArticle;

/** The schema's {@code RankedArticle}: a place in a ranking with its article from the request's catalog. */
record RankedArticleInfo(int rank, int views, Article article) {

    /**
     * The places whose article the request's catalog publishes, ranked anew from 1: the ranking judged
     * publication on the catalog current when it was computed, which a swap since may have replaced.
     */
    static List<RankedArticleInfo> of(List<RankedArticle> ranked, Catalog catalog) {
        List<RankedArticleInfo> places = new ArrayList<>(ranked.size());
        for (RankedArticle place : ranked) {
            Optional<Article> article = catalog.article(place.slug());
            article.ifPresent(found -> places.add(new RankedArticleInfo(places.size() + 1,
                    (int) Math.min(Integer.MAX_VALUE, place.views()), found)));
        }
        return places;
    }
}
