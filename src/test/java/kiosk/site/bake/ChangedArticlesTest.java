package kiosk.site.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import kiosk.catalog.Catalog;
import kiosk.catalog.CatalogBuilder;
import kiosk.content.Article;
import kiosk.content.Content;
import kiosk.content.Tag;
import kiosk.testing.SampleContent;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

class ChangedArticlesTest {

    private final CatalogBuilder builder = new CatalogBuilder();
    private final Content original = SampleContent.load().content();
    private final Catalog first = builder.published(original, SampleContent.NOW);
    private final PagePlan firstPlan = PagePlanner.plan(first, "v1", null, "", false);

    @RepeatedTest(20)
    void pages_randomEdits_areTheChangedArticlesPagesAsTheFullPlanMakesThem(RepetitionInfo repetition) {
        Random random = new Random(repetition.getCurrentRepetition()); // a failure repeats with its repetition
        List<Article> articles = new ArrayList<>(original.articles());
        List<Integer> published = published(articles);
        for (int edit = 0; edit < 3; edit++) {
            int index = published.get(random.nextInt(published.size()));
            Article article = articles.get(index);
            Article other = articles.get(random.nextInt(articles.size()));
            articles.set(index, random.nextBoolean() ? edited(article, "見出し" + edit, article.tags())
                    : edited(article, article.title(), other.tags()));
        }
        // an article given tags equal to its own is unchanged
        List<String> changed = published.stream().filter(index -> !articles.get(index).equals(original.articles().get(index)))
                .map(index -> "articles/" + articles.get(index).slug() + "/index.html").sorted().toList();
        Catalog next = builder.published(withArticles(articles), SampleContent.NOW, first);

        List<Page> pages = ChangedArticles.pages(next, firstPlan);

        Map<String, Page> full = PagePlanner.plan(next, "v1", firstPlan, "", false).byPath();
        assertEquals(changed, pages.stream().map(Page::path).sorted().toList());
        pages.forEach(page -> assertEquals(full.get(page.path()), page, page.path()));
    }

    @Test
    void pages_moreChangedThanMost_isEmpty() {
        List<Article> articles = new ArrayList<>(original.articles());
        List<Integer> published = published(articles);
        assertTrue(published.size() > ChangedArticles.MOST);
        for (int index : published.subList(0, ChangedArticles.MOST + 1)) {
            articles.set(index, edited(articles.get(index), "見出し" + index, articles.get(index).tags()));
        }
        Catalog next = builder.published(withArticles(articles), SampleContent.NOW, first);

        assertEquals(List.of(), ChangedArticles.pages(next, firstPlan));
    }

    /** The indexes of the articles the first catalog publishes. */
    private List<Integer> published(List<Article> articles) {
        return IntStream.range(0, articles.size()).filter(index -> first.article(articles.get(index).slug()).isPresent())
                .boxed().toList();
    }

    private Content withArticles(List<Article> articles) {
        return new Content(original.site(), original.sections(), original.authors(), original.tags(),
                original.issues(), original.series(), original.collections(), original.specials(), articles,
                original.filesHash(), original.history());
    }

    private static Article edited(Article article, String title, List<Tag> tags) {
        return new Article(article.slug(), title, article.summary(), article.date(), article.updated(),
                article.section(), article.authors(), tags, article.issue(), article.image(), article.dateline(),
                article.source(), article.pinnedRelated(), article.series(), article.sponsor(), article.breaking(),
                article.draft(), article.body(), article.path());
    }
}
