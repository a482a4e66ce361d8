package kiosk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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

        int exit = run("bake", "--lang", "en", "--content", content.root().toString(), "--site", "site", "--out",
                site.toString(), "--data", temp.resolve("data").toString());

        assertEquals(0, exit, err::toString);
        assertTrue(out.toString().startsWith("baked "), out::toString);
        assertTrue(Files.isRegularFile(site.resolve("articles/first/index.html")));
        assertTrue(Files.isRegularFile(site.resolve("css/site.css")));
    }

    @Test
    void bake_leadPhoto_variantsInTheSiteAndNoneProcessedTheSecondTime() throws Exception {
        ContentFolder content = ContentFolder.create(temp).writeBytes("media/photo.jpg", ContentFolder.jpeg(1600, 1000))
                .articleWithPhoto("with-photo", "/media/photo.jpg");
        Path site = temp.resolve("public");
        Path data = temp.resolve("data");
        String[] bake = {"bake", "--lang", "en", "--content", content.root().toString(), "--site", "site", "--out",
                site.toString(), "--data", data.toString()};

        assertEquals(0, run(bake), err::toString);
        String firstRun = out.toString();
        out.getBuffer().setLength(0);
        assertEquals(0, run(bake), err::toString);

        assertTrue(firstRun.contains("images: 1 processed, 0 from the cache"), firstRun);
        assertTrue(out.toString().contains("images: 0 processed, 1 from the cache"), out::toString);
        String page = Files.readString(site.resolve("articles/with-photo/index.html"));
        Matcher webp = Pattern.compile("srcset=\"(/img/photo-320\\.[0-9a-f]{10}\\.webp) 320w").matcher(page);
        assertTrue(webp.find(), page);
        assertTrue(Files.isRegularFile(site.resolve(webp.group(1).substring(1))));
        assertTrue(page.contains("width=\"1600\" height=\"1000\""), page);
        try (Stream<Path> variants = Files.list(site.resolve("img"))) {
            // 320, 640, 960, 1200, 1280 and the photo's own 1600, each as JPEG and WebP
            assertEquals(12, variants.count());
        }
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
        check.execute("check", "--content", content.root().toString()); // in the site's language, Japanese

        int exit = run("bake", "--content", content.root().toString(), "--site", "site", "--out", site.toString());

        assertEquals(1, exit);
        assertTrue(err.toString().startsWith(checkOut.toString()), "check's report, then the refusal:\n" + err);
        assertTrue(err.toString().contains("kiosk bake: エラーがあるので書き出しませんでした。上のエラーを直してください（"
                + site + " は前のままです）"), err::toString);
        assertEquals("old", Files.readString(site.resolve("index.html")));
        assertFalse(out.toString().contains("baked"));
    }

    @Test
    void bake_japaneseSite_saysWhatItDidInJapanese_andInEnglishWithLangEn() {
        ContentFolder content = ContentFolder.create(temp).article("first", "2020-01-01T09:00:00+09:00")
                .write("site.yaml", "title: 週刊テスト\nbaseUrl: https://example.jp/\nlanguage: ja\n");
        Path site = temp.resolve("public");
        String[] bake = {"bake", "--content", content.root().toString(), "--site", "site", "--out", site.toString(),
                "--data", temp.resolve("data").toString()};

        assertEquals(0, run(bake), err::toString);
        assertTrue(out.toString().startsWith("サイトを " + site + " に書き出しました: "), out::toString);
        assertTrue(out.toString().contains("\n画像: 0 枚を処理、0 枚は作り置き"), out::toString);
        out.getBuffer().setLength(0);

        String[] english = java.util.stream.Stream.concat(Stream.of(bake), Stream.of("--lang", "en")).toArray(String[]::new);
        assertEquals(0, run(english), err::toString);
        assertTrue(out.toString().startsWith("baked "), out::toString);
    }

    @Test
    void bake_missingSiteFolder_failsWithAMessage() {
        ContentFolder content = ContentFolder.create(temp).article("first", "2020-01-01T09:00:00+09:00");

        int exit = run("bake", "--content", content.root().toString(), "--site", temp.resolve("nope").toString(),
                "--out", temp.resolve("public").toString(), "--data", temp.resolve("data").toString());

        assertEquals(1, exit);
        assertTrue(err.toString().contains("the site folder does not exist"), err::toString);
    }
}
