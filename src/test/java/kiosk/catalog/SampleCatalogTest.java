package kiosk.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import kiosk.content.Article;
import kiosk.content.Content;
import kiosk.content.Issue;
import kiosk.content.Series;
import kiosk.content.SpecialEdition;
import kiosk.content.TopicCollection;
import kiosk.testing.SampleContent;
import org.junit.jupiter.api.Test;

/** The sample magazine, linked: lists, reverse references and hidden articles. */
class SampleCatalogTest {

    private final Catalog catalog = SampleContent.catalog();

    @Test
    void load_sampleContent_hasNoProblems() {
        assertThat(SampleContent.load().problems()).isEmpty();
        assertThat(SampleContent.load().content().articles()).hasSize(72);
    }

    @Test
    void articles_sample_arePublishedOnesNewestFirst() {
        assertThat(catalog.articles()).hasSize(69);
        assertThat(catalog.articles()).isSortedAccordingTo(CatalogBuilder.NEWEST_FIRST);
        assertThat(catalog.articles()).allSatisfy(article -> assertThat(article.isPublishedAt(SampleContent.NOW)).isTrue());
    }

    @Test
    void article_draftOrScheduled_isNotInCatalog() {
        assertThat(catalog.article("tax-reform-outline-draft")).isEmpty();
        assertThat(catalog.article("economy-outlook-2030")).isEmpty();
        assertThat(catalog.article("saihakken-tono")).isEmpty();
        assertThat(catalog.nextScheduled()).contains(OffsetDateTime.parse("2026-12-01T06:00:00+09:00").toInstant());
        assertThat(catalog.sections()).allSatisfy(section -> assertThat(catalog.articlesInSection(section.slug()))
                .extracting(Article::slug).doesNotContain("tax-reform-outline-draft", "economy-outlook-2030", "saihakken-tono"));
    }

    @Test
    void reverseReferences_everyArticle_isListedUnderItsSectionAuthorsTagsAndIssue() {
        for (Article article : catalog.articles()) {
            assertThat(catalog.articlesInSection(article.section().slug())).contains(article);
            article.authors().forEach(author -> assertThat(catalog.articlesBy(author.slug())).contains(article));
            article.tags().forEach(tag -> assertThat(catalog.articlesTagged(tag.slug())).contains(article));
            if (article.issue() != null) {
                assertThat(catalog.articlesInIssue(article.issue().slug())).contains(article);
            }
        }
        int inSections = catalog.sections().stream().mapToInt(section -> catalog.articlesInSection(section.slug()).size()).sum();
        assertThat(inSections).isEqualTo(69);
    }

    @Test
    void articlesBy_coAuthoredArticle_isListedForBothAuthors() {
        assertThat(catalog.articlesBy("watanabe-daisuke")).extracting(Article::slug).contains("hokkaido-chip-plant-hiring");
        assertThat(catalog.articlesBy("mori-nanami")).extracting(Article::slug).contains("hokkaido-chip-plant-hiring");
        assertThat(catalog.articlesBy("mori-nanami")).isSortedAccordingTo(CatalogBuilder.NEWEST_FIRST);
    }

    @Test
    void issues_sample_newestFirstWithCoverStoryFirst() {
        assertThat(catalog.issues()).extracting(Issue::slug).containsExactly(
                "2026-11-24", "2026-11-17", "2026-11-10", "2026-11-03", "2026-10-27", "2026-10-20");
        Issue latest = catalog.latestIssue().orElseThrow();
        assertThat(catalog.articlesInIssue(latest.slug()).get(0).slug()).isEqualTo("ai-agents-office-work");
        assertThat(catalog.coverStory(latest)).map(Article::slug).contains("ai-agents-office-work");
    }

    @Test
    void tags_unlistedJapaneseTag_keepsItsNameAsSlug() {
        assertThat(catalog.tag("宇宙開発")).hasValueSatisfying(tag -> {
            assertThat(tag.name()).isEqualTo("宇宙開発");
            assertThat(tag.url()).isEqualTo("/tags/%E5%AE%87%E5%AE%99%E9%96%8B%E7%99%BA/");
        });
        assertThat(catalog.articlesTagged("宇宙開発")).hasSize(3);
        assertThat(catalog.tags()).isSortedAccordingTo((left, right) ->
                catalog.articlesTagged(right.slug()).size() - catalog.articlesTagged(left.slug()).size());
    }

    @Test
    void related_pinnedArticle_comesFirstAndNeverSelfOrHidden() {
        assertThat(catalog.related("hokkaido-chip-plant-hiring")).first()
                .extracting(Article::slug).isEqualTo("chip-fab-kumamoto-expansion");
        for (Article article : catalog.articles()) {
            List<Article> related = catalog.related(article.slug());
            assertThat(related).hasSizeBetween(5, 10).doesNotContain(article).doesNotHaveDuplicates();
            assertThat(related).allSatisfy(other -> assertThat(catalog.article(other.slug())).contains(other));
        }
    }

    @Test
    void related_sameSubject_ranksArticlesSharingTagsHigh() {
        List<String> related = catalog.related("hokkaido-chip-plant-hiring").stream().map(Article::slug).toList();
        Article kumamoto = catalog.article("chip-fab-kumamoto-expansion").orElseThrow();

        assertThat(kumamoto.tags()).extracting("name").contains("半導体");
        assertThat(related.subList(0, 5)).allSatisfy(slug -> assertThat(catalog.article(slug).orElseThrow().tags())
                .extracting("name").containsAnyOf("半導体", "地方創生", "働き方"));
    }

    @Test
    void build_twice_givesSameRelatedLists() {
        Catalog again = new CatalogBuilder().published(SampleContent.load().content(), SampleContent.NOW);

        for (Article article : catalog.articles()) {
            assertThat(again.related(article.slug())).isEqualTo(catalog.related(article.slug()));
        }
    }

    @Test
    void published_atLaterInstant_includesScheduledArticle() {
        Instant after = OffsetDateTime.parse("2030-01-06T06:00:00+09:00").toInstant();

        Catalog later = new CatalogBuilder().published(SampleContent.load().content(), after);

        assertThat(later.article("economy-outlook-2030")).isPresent();
        assertThat(later.article("tax-reform-outline-draft")).isEmpty();
        assertThat(later.nextScheduled()).isEmpty();
    }

    @Test
    void preview_sample_includesDraftAndScheduled() {
        Catalog preview = new CatalogBuilder().preview(SampleContent.load().content(), SampleContent.NOW);

        assertThat(preview.articles()).hasSize(72);
        assertThat(preview.article("tax-reform-outline-draft")).isPresent();
    }

    @Test
    void structures_sample_hasTheSeriesCollectionsAndSpecialsTheMagazinePromotes() {
        Content content = SampleContent.load().content();
        assertThat(content.series()).hasSize(2)
                .anySatisfy(series -> assertThat(series.seasons()).hasSize(2))
                .anySatisfy(series -> assertThat(series.sponsor()).isNotNull());
        assertThat(content.collections()).hasSize(3).filteredOn(collection -> collection.rule() != null).hasSize(1);
        assertThat(content.specials()).extracting(SpecialEdition::kind)
                .containsExactlyInAnyOrder(SpecialEdition.Kind.BESSATSU, SpecialEdition.Kind.MOOK);
        assertThat(content.specials()).allSatisfy(special -> assertThat(special.cover().width()).isGreaterThan(0));

        assertThat(catalog.series()).extracting(Series::slug).containsExactly("kurashi-no-mirai", "nihon-saihakken");
        assertThat(catalog.articlesInSeries("nihon-saihakken")).extracting(Article::slug).containsExactly(
                "saihakken-ine-funaya", "saihakken-manazuru", "saihakken-amakusa", "saihakken-shiiba", "saihakken-okutama");
        assertThat(catalog.articlesInSeries("kurashi-no-mirai")).allSatisfy(article -> assertThat(article.sponsor().name())
                .isEqualTo("ひだまり住研株式会社"));
        assertThat(catalog.collections()).extracting(TopicCollection::slug)
                .containsExactly("shuinsen-2026", "us-china", "chiho-kara");
        assertThat(catalog.articlesInCollection("shuinsen-2026")).first().extracting(Article::slug)
                .isEqualTo("ruling-bloc-majority-election-result");
        assertThat(catalog.articlesInCollection("shuinsen-2026")).hasSizeGreaterThan(5)
                .allSatisfy(article -> assertThat(article.section().slug()).isEqualTo("politics"));
        assertThat(catalog.specialsOnSale()).extracting(SpecialEdition::slug)
                .containsExactly("handotai-no-subete-2027", "saihakken-umibe");
    }
}
