package kiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import kiosk.testing.Commits;
import kiosk.testing.ContentFolder;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kiosk check --changed}, {@code --staged} and {@code --format}: the commit gate's check. */
class CheckChangedTest {

    @TempDir
    Path temp;

    private final CommandRun kiosk = new CommandRun();

    /** A repository whose content has a committed article with an error, and three good ones. */
    private ContentFolder committed(Git git) throws Exception {
        ContentFolder folder = ContentFolder.create(temp)
                .article("by-sato", "2026-11-20T09:00:00+09:00")
                .article("by-wire", """
                        title: 通信社電
                        date: 2026-11-20T09:00:00+09:00
                        section: world
                        authors: [wire]
                        summary: 要約。
                        """, "本文。\n")
                .article("links-to-by-wire", """
                        title: 関連
                        date: 2026-11-21T09:00:00+09:00
                        section: business
                        authors: [wire]
                        summary: 要約。
                        """, "[前の記事](/articles/by-wire/)\n")
                .article("old-broken", """
                        title: 壊れた記事
                        date: 2026-11-20
                        section: wrold
                        authors: [wire]
                        summary: 要約。
                        """, "本文。\n");
        Commits.all(git, "the magazine");
        return folder;
    }

    @Test
    void changed_authorRenamed_rechecksTheArticlesNamingHerOnly() throws Exception {
        try (Git git = Git.init().setDirectory(temp.toFile()).setInitialBranch("main").call()) {
            ContentFolder folder = committed(git);
            Path authors = folder.root().resolve("authors.yaml");
            Files.writeString(authors, Files.readString(authors).replace("slug: sato", "slug: sato-misaki"));

            int exit = kiosk.run("check", "--lang", "en", "--content", folder.root().toString(), "--changed");

            assertThat(exit).isEqualTo(1);
            assertThat(kiosk.output())
                    .contains("articles/by-sato.md:5:11: error: 'authors' names an unknown author 'sato'")
                    .as("unchanged files that name nothing changed are not checked again")
                    .doesNotContain("old-broken", "by-wire.md", "links-to-by-wire")
                    .contains("1 errors, 0 warnings");
        }
    }

    @Test
    void changed_articleRemoved_rechecksTheArticlesLinkingToIt() throws Exception {
        try (Git git = Git.init().setDirectory(temp.toFile()).setInitialBranch("main").call()) {
            ContentFolder folder = committed(git);
            Files.delete(folder.root().resolve("articles/by-wire.md"));

            int exit = kiosk.run("check", "--lang", "en", "--content", folder.root().toString(), "--changed", "HEAD");

            assertThat(exit).isEqualTo(1);
            assertThat(kiosk.output()).contains("articles/links-to-by-wire.md:8:1: error: the link /articles/by-wire/")
                    .doesNotContain("old-broken", "by-sato");
        }
    }

    @Test
    void changed_nothingChanged_reportsNothingButAPlainCheckStillSeesTheOldError() throws Exception {
        try (Git git = Git.init().setDirectory(temp.toFile()).setInitialBranch("main").call()) {
            ContentFolder folder = committed(git);

            assertThat(kiosk.run("check", "--lang", "en", "--content", folder.root().toString(), "--changed")).isZero();
            assertThat(kiosk.output()).contains("0 errors, 0 warnings");
            assertThat(kiosk.run("check", "--lang", "en", "--content", folder.root().toString())).isEqualTo(1);
        }
    }

    @Test
    void staged_checksWhatTheIndexHoldsNotTheWorkTree() throws Exception {
        try (Git git = Git.init().setDirectory(temp.toFile()).setInitialBranch("main").call()) {
            ContentFolder folder = committed(git);
            folder.article("new-one", """
                    title: 新しい記事
                    date: 2026-11-22T09:00:00+09:00
                    section: world
                    authors: [nobody]
                    summary: 要約。
                    """, "本文。\n");
            git.add().addFilepattern("content/articles/new-one.md").call();
            // fixed in the work tree, not staged: the commit would still record the error
            folder.article("new-one", """
                    title: 新しい記事
                    date: 2026-11-22T09:00:00+09:00
                    section: world
                    authors: [sato]
                    summary: 要約。
                    """, "本文。\n");

            assertThat(kiosk.run("check", "--lang", "en", "--content", folder.root().toString(), "--staged", "--changed")).isEqualTo(1);
            assertThat(kiosk.output()).contains("articles/new-one.md:5:11: error: 'authors' names an unknown author 'nobody'");
            kiosk.clear();
            assertThat(kiosk.run("check", "--lang", "en", "--content", folder.root().toString(), "--changed")).isZero();
        }
    }

    @Test
    void changed_draftPublishedWithTheDateItWasStarted_isAWarningAtItsDateLine() throws Exception {
        try (Git git = Git.init().setDirectory(temp.toFile()).setInitialBranch("main").call()) {
            ContentFolder folder = committed(git);
            String started = java.time.OffsetDateTime.now(java.time.ZoneOffset.ofHours(9)).minusDays(10)
                    .withSecond(0).withNano(0).toString();
            folder.article("long-draft", """
                    title: 長く温めた記事
                    date: %s
                    section: world
                    authors: [sato]
                    summary: 要約。
                    draft: true
                    """.formatted(started), "本文。\n");
            Commits.all(git, "a draft");
            Path draft = folder.root().resolve("articles/long-draft.md");
            Files.writeString(draft, Files.readString(draft).replace("draft: true\n", ""));

            int exit = kiosk.run("check", "--lang", "en", "--content", folder.root().toString(), "--changed");

            assertThat(exit).as("a warning lets the commit through").isZero();
            assertThat(kiosk.output()).contains("articles/long-draft.md:3:1: warning: the article is published 10 days"
                    + " after its date (" + started.substring(0, 10) + " ");
            kiosk.clear();
            Commits.all(git, "published");
            Files.writeString(draft, Files.readString(draft).replace("本文。", "本文を直した。"));
            assertThat(kiosk.run("check", "--lang", "en", "--content", folder.root().toString(), "--changed")).isZero();
            assertThat(kiosk.output()).as("an edit of an article out already publishes nothing")
                    .doesNotContain("warning:");
        }
    }

    @Test
    void changed_unknownRef_saysSo() throws Exception {
        try (Git git = Git.init().setDirectory(temp.toFile()).setInitialBranch("main").call()) {
            ContentFolder folder = committed(git);

            assertThat(kiosk.run("check", "--lang", "en", "--content", folder.root().toString(), "--changed", "no-such-branch")).isEqualTo(2);
            assertThat(kiosk.output()).contains("--changed no-such-branch: the repository has no branch, tag or commit");
        }
    }

    @Test
    void formatGithub_annotatesTheRepositoryPathWithValuesEscaped() throws Exception {
        try (Git git = Git.init().setDirectory(temp.toFile()).setInitialBranch("main").call()) {
            ContentFolder folder = committed(git);
            folder.article("a,b:c%d", """
                    title: 見出し
                    date: 2026-11-20T09:00:00+09:00
                    section: "wor%0Ald\\n::error::forged"
                    authors: [sato]
                    summary: 要約
                    """, "本文");

            int exit = kiosk.run("check", "--lang", "en", "--content", folder.root().toString(), "--changed", "--format", "github");

            assertThat(exit).isEqualTo(1);
            assertThat(kiosk.output().lines().filter(line -> line.startsWith("::")))
                    .containsExactly("::error file=content/articles/a%2Cb%3Ac%25d.md,line=1,col=1,title=kiosk check::"
                                    + "the file name 'a,b:c%25d' is not a URL-safe slug%0Arename the file to a few lowercase"
                                    + " ASCII words with hyphens, or add 'slug: my-article' to the front matter",
                            "::error file=content/articles/a%2Cb%3Ac%25d.md,line=4,col=10,title=kiosk check::"
                                    + "'section' is not a URL-safe slug: 'wor%250Ald%0A::error::forged'%0Ause lowercase"
                                    + " ASCII letters, digits and single hyphens, e.g. 'wor-0ald-error-forged'");
        }
    }

    @Test
    void formatJson_listsProblemsAndCounts() {
        Path folder = ContentFolder.create(temp).article("bad", """
                title: 見出し
                date: 2026-11-20
                section: wrold
                authors: [sato]
                summary: 要約
                """, "本文").root();

        assertThat(kiosk.run("check", "--lang", "en", "--content", folder.toString(), "--format", "json")).isEqualTo(1);
        assertThat(kiosk.output()).startsWith("{\"problems\":[{\"path\":\"articles/bad.md\",\"line\":4,\"column\":10,"
                + "\"severity\":\"error\",\"message\":\"'section' names an unknown section 'wrold'\"")
                .contains("\"errors\":1,\"warnings\":0}}");
    }
}
