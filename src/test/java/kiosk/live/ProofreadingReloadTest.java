package kiosk.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import kiosk.content.check.Problem;
import kiosk.testing.ContentFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve --proofread}: each load's problems (the reload status editors see) hold the style warnings. */
class ProofreadingReloadTest {

    @TempDir
    Path temp;

    @Test
    void load_proofreading_addsWarningsAtTheirPlace_andServesTheContentAllTheSame() {
        ContentFolder folder = ContentFolder.create(temp).article("a", """
                title: 新型ｽﾏﾎを発表
                date: 2026-11-20T09:00:00+09:00
                section: world
                authors: [sato]
                summary: 新型機である。
                """, "本文である。\n");

        var proofread = new ContentSource(folder.root(), null, true).load();
        var plain = new ContentSource(folder.root(), null).load();

        assertThat(proofread.hasErrors()).isFalse();
        assertThat(proofread.content().articles()).hasSize(1);
        assertThat(proofread.problems()).extracting(Problem::location).contains("articles/a.md:2:10");
        assertThat(proofread.problems().get(0).messageIn(kiosk.content.check.Messages.JAPANESE)).contains("半角カナ");
        assertThat(plain.problems()).isEmpty();
    }
}
