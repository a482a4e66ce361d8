package kiosk.content.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import kiosk.content.check.Problem;
import kiosk.testing.ContentFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Problems in sections.yaml, authors.yaml, tags.yaml, site.yaml and issue files are located too. */
class DataFileProblemsTest {

    @TempDir
    Path temp;

    @Test
    void load_brokenDataFiles_reportsEachAndKeepsTheRest() {
        LoadResult result = ContentFolder.create(temp)
                .write("sections.yaml", """
                        - slug: world
                          name: ワールド
                        - slug: World News
                          name: 国際
                        - slug: business
                          name: ビジネス
                          wieght: 20
                        - slug: world
                          name: 二重
                        """)
                .write("authors.yaml", """
                        - slug: sato
                          name: 佐藤 美咲
                          section: wrld
                        - name: 名無し
                        """)
                .write("site.yaml", """
                        title: 週刊キオスク
                        timeZone: Asia/Tokio
                        pageSize: 500
                        """)
                .write("issues/2026-12-01.yaml", """
                        number: 三千
                        title: 2026年12月1日号
                        date: 2026-12-01
                        """)
                .load();

        assertThat(result.problems()).extracting(Problem::format).anySatisfy(line -> assertThat(line)
                        .startsWith("sections.yaml:3:9: error: 'slug' is not a URL-safe slug: 'World News'")
                        .contains("'world-news'"))
                .anySatisfy(line -> assertThat(line).startsWith("sections.yaml:7:3: error: unknown key 'wieght' in section")
                        .contains("did you mean 'weight'?"))
                .anySatisfy(line -> assertThat(line).startsWith("sections.yaml:8:3: error: duplicate section slug 'world'"))
                .anySatisfy(line -> assertThat(line).startsWith("authors.yaml:3:12: error: 'section' names an unknown section 'wrld'"))
                .anySatisfy(line -> assertThat(line).startsWith("authors.yaml:4:3: error: missing required field 'slug'"))
                .anySatisfy(line -> assertThat(line).startsWith("site.yaml:2:11: error: unknown time zone 'Asia/Tokio'"))
                .anySatisfy(line -> assertThat(line).startsWith("site.yaml:1:1: error: 'pageSize' must be between 1 and 100"))
                .anySatisfy(line -> assertThat(line).startsWith("issues/2026-12-01.yaml:1:9: error: 'number' must be a whole number"))
                .anySatisfy(line -> assertThat(line).startsWith("issues/2026-12-01.yaml:1:1: error: missing required field 'cover'"));
        assertThat(result.content().sections()).extracting("slug").containsExactly("world", "business");
        assertThat(result.content().issues()).extracting("slug").containsExactly("2026-11-24");
    }

    @Test
    void load_mergeKeyInADataFile_isRefusedAtTheAlias() {
        LoadResult result = ContentFolder.create(temp)
                .write("sections.yaml", """
                        - &base
                          slug: world
                          name: ワールド
                        - <<: *base
                          slug: business
                        """)
                .load();

        assertThat(result.problems()).extracting(Problem::format)
                .anySatisfy(line -> assertThat(line).startsWith("sections.yaml:1:3: error: YAML anchors are not allowed: '&base'"))
                .anySatisfy(line -> assertThat(line).startsWith("sections.yaml:4:7: error: YAML aliases are not allowed: '*base'"));
        assertThat(result.hasErrors()).isTrue();
    }

    @Test
    void load_twoIssueFilesWithOneSlug_isAnErrorAtTheSecond() {
        LoadResult result = ContentFolder.create(temp)
                .write("issues/special.yaml", """
                        slug: 2026-11-24
                        number: 3413
                        title: 特別号
                        date: 2026-11-24
                        cover:
                          title: 特集
                        """)
                .load();

        assertThat(result.problems()).extracting(Problem::format).singleElement().satisfies(line -> assertThat(line)
                .startsWith("issues/special.yaml:1:7: error: duplicate issue slug '2026-11-24': issues/2026-11-24.yaml has it too"));
        assertThat(result.content().issues()).extracting("title").containsExactly("2026年11月24日号");
    }

    @Test
    void load_missingSectionsFile_saysWhatItHolds() {
        ContentFolder folder = ContentFolder.create(temp);
        folder.root().resolve("sections.yaml").toFile().delete();

        LoadResult result = folder.load();

        assertThat(result.problems()).extracting(Problem::format).anySatisfy(line -> assertThat(line)
                .startsWith("sections.yaml:1:1: error: missing sections.yaml").contains("sections"));
    }

    @Test
    void load_missingFolder_isOneClearError() {
        LoadResult result = ContentLoader.load(temp.resolve("nowhere"));

        assertThat(result.problems()).singleElement().extracting(Problem::message)
                .isEqualTo("the content folder does not exist");
    }
}
