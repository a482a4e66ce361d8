package kiosk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import kiosk.testing.ContentFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class BakeCommandTest {

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine command = Main.commandLine();
        command.setOut(new PrintWriter(out));
        command.setErr(new PrintWriter(err));
        return command.execute(args);
    }

    @Test
    void bake_validContent_writesTheSite() {
        ContentFolder content = ContentFolder.create(temp).article("first", "2020-01-01T09:00:00+09:00");
        Path site = temp.resolve("public");

        int exit = run("bake", "--content", content.root().toString(), "--site", "site", "--out", site.toString());

        assertEquals(0, exit, err::toString);
        assertTrue(out.toString().startsWith("baked "), out::toString);
        assertTrue(Files.isRegularFile(site.resolve("articles/first/index.html")));
        assertTrue(Files.isRegularFile(site.resolve("css/site.css")));
    }

    @Test
    void bake_contentWithErrors_refusesWithTheMessagesOfCheckAndKeepsTheOutput() throws Exception {
        ContentFolder content = ContentFolder.create(temp)
                .article("broken", "title: 壊れた記事\ndate: 2020-01-01\nsection: nowhere\nauthors: [sato]", "本文\n");
        Path site = Files.createDirectories(temp.resolve("public"));
        Files.writeString(site.resolve("index.html"), "old");
        StringWriter checkOut = new StringWriter();
        CommandLine check = Main.commandLine();
        check.setOut(new PrintWriter(checkOut));
        check.execute("check", "--content", content.root().toString());

        int exit = run("bake", "--content", content.root().toString(), "--site", "site", "--out", site.toString());

        assertEquals(1, exit);
        assertTrue(err.toString().startsWith(checkOut.toString()), "check's report, then the refusal:\n" + err);
        assertTrue(err.toString().contains("refused"));
        assertEquals("old", Files.readString(site.resolve("index.html")));
        assertFalse(out.toString().contains("baked"));
    }

    @Test
    void bake_missingSiteFolder_failsWithAMessage() {
        ContentFolder content = ContentFolder.create(temp).article("first", "2020-01-01T09:00:00+09:00");

        int exit = run("bake", "--content", content.root().toString(), "--site", temp.resolve("nope").toString(),
                "--out", temp.resolve("public").toString());

        assertEquals(1, exit);
        assertTrue(err.toString().contains("the site folder does not exist"), err::toString);
    }
}
