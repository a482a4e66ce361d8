package kiosk.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a synthetic magazine of any size for benchmarks: 8 sections, 12 authors, a weekly issue,
 * a few hundred tags used with a skewed (Zipf-like) frequency, and Japanese bodies of about 1,500
 * characters. Seeded, so every run writes the same corpus. With {@code structures}, the same articles
 * also fill 20 series in two seasons (the first one sponsored: every 25th article is a part), 10 topic
 * collections (5 chosen by hand, 5 by a tag rule, 2 pinned) and 6 special editions.
 *
 * <p>Usage: {@code CorpusGenerator <outDir> <articleCount> [structures]}
 */
public final class CorpusGenerator {

    private static final String[] SECTIONS = {"world", "politics", "business", "economy", "technology", "science",
            "society", "culture"};
    private static final String[] SECTION_NAMES = {"ワールド", "政治", "ビジネス", "経済", "テクノロジー", "サイエンス",
            "社会", "カルチャー"};
    private static final String[] SUBJECTS = {"政府", "日銀", "半導体メーカー", "自動車大手", "研究チーム", "市民団体",
            "欧州委員会", "国連", "新興企業", "地方自治体", "労働組合", "大学病院", "気象庁", "商社", "通信大手"};
    private static final String[] TOPICS = {"賃上げ", "円安", "生成AI", "脱炭素", "少子化", "防衛費", "観光客",
            "物価高", "再生可能エネルギー", "宇宙開発", "サプライチェーン", "量子コンピューター", "医療費", "選挙制度",
            "住宅価格", "食料安全保障", "水素", "蓄電池", "人手不足", "デジタル通貨"};
    private static final String[] PLACES = {"東京", "大阪", "ワシントン", "北京", "ロンドン", "ブリュッセル", "ソウル",
            "ニューデリー", "札幌", "福岡", "シンガポール", "ベルリン"};
    private static final String[] VERBS = {"新たな方針を打ち出した", "慎重な姿勢を崩していない", "対応を急いでいる",
            "見直しを検討している", "大幅な拡充を決めた", "懸念を強めている", "協議を本格化させた", "調査に乗り出した"};

    private CorpusGenerator() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args.length > 3 || args.length == 3 && !args[2].equals("structures")) {
            System.err.println("usage: CorpusGenerator <outDir> <articleCount> [structures]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        long started = System.nanoTime();
        write(out, count, args.length == 3);
        System.out.printf("wrote %d articles to %s in %d ms%n", count, out, (System.nanoTime() - started) / 1_000_000);
    }

    /** Writes the corpus; the folder may exist (files are overwritten). */
    public static void write(Path out, int count) throws IOException {
        write(out, count, false);
    }

    /** @param structures whether to add series, topic collections and special editions */
    public static void write(Path out, int count, boolean structures) throws IOException {
        Random random = new Random(42);
        write(out.resolve("site.yaml"), """
                title: ベンチマーク週報
                baseUrl: https://bench.example.jp/
                pageSize: 20
                """);
        StringBuilder sections = new StringBuilder();
        for (int i = 0; i < SECTIONS.length; i++) {
            sections.append("- slug: ").append(SECTIONS[i]).append("\n  name: ").append(SECTION_NAMES[i])
                    .append("\n  weight: ").append(i * 10).append('\n');
        }
        write(out.resolve("sections.yaml"), sections.toString());
        StringBuilder authors = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            authors.append("- slug: author-").append(i).append("\n  name: 記者 ").append(i)
                    .append("\n  section: ").append(SECTIONS[i % SECTIONS.length]).append('\n');
        }
        write(out.resolve("authors.yaml"), authors.toString());
        int issueCount = Math.max(1, count / 50);
        LocalDate firstIssue = LocalDate.of(2026, 11, 24).minusWeeks(issueCount - 1);
        for (int i = 0; i < issueCount; i++) {
            LocalDate date = firstIssue.plusWeeks(i);
            write(out.resolve("issues/" + date + ".yaml"), """
                    number: %d
                    title: %d年%d月%d日号
                    date: %s
                    cover:
                      title: 特集 %s
                    """.formatted(1000 + i, date.getYear(), date.getMonthValue(), date.getDayOfMonth(), date,
                    TOPICS[i % TOPICS.length]));
        }
        OffsetDateTime newest = OffsetDateTime.of(2026, 11, 24, 6, 0, 0, 0, ZoneOffset.ofHours(9));
        long span = java.time.Duration.between(firstIssue.minusWeeks(1).atStartOfDay(), newest.toLocalDateTime()).toMinutes();
        for (int i = 0; i < count; i++) {
            OffsetDateTime date = newest.minusMinutes((long) ((double) span * i / count));
            LocalDate issueDate = nextTuesday(date.toLocalDate());
            boolean inIssue = !issueDate.isBefore(firstIssue) && random.nextInt(4) > 0;
            write(out.resolve("articles/" + date.getYear() + "/article-" + i + ".md"),
                    article(i, date, inIssue ? issueDate.toString() : null, structures ? seriesLine(i, count) : "", random));
        }
        if (structures) {
            writeStructures(out, count);
        }
    }

    private static final int SERIES = 20;
    private static final int SERIES_EVERY = 25;

    /** Every 25th article is a part of one of 20 series; parts are numbered from the oldest, half in each season. */
    private static String seriesLine(int index, int count) {
        if (index % SERIES_EVERY != 0) {
            return "";
        }
        int series = index / SERIES_EVERY % SERIES;
        int fromNewest = index / SERIES_EVERY / SERIES;
        int parts = ((count + SERIES_EVERY - 1) / SERIES_EVERY - series + SERIES - 1) / SERIES;
        int part = parts - fromNewest;
        int firstSeason = (parts + 1) / 2;
        return part <= firstSeason ? "series: {slug: series-%d, season: 1, part: %d}\n".formatted(series, part)
                : "series: {slug: series-%d, season: 2, part: %d}\n".formatted(series, part - firstSeason);
    }

    private static void writeStructures(Path out, int count) throws IOException {
        for (int series = 0; series < SERIES; series++) {
            write(out.resolve("series/series-" + series + ".yaml"), """
                    title: 連載 %d
                    description: %sを追う連載。
                    seasons:
                      - {number: 1, title: 第1部}
                      - {number: 2, title: 第2部}
                    %s""".formatted(series, TOPICS[series % TOPICS.length],
                    series == 0 ? "sponsor: {name: 架空商事株式会社, url: \"https://sponsor.example.jp/\"}\n" : ""));
        }
        for (int collection = 0; collection < 10; collection++) {
            StringBuilder chosen = new StringBuilder();
            for (int j = 0; j < 30 && collection < 5; j++) {
                chosen.append(j == 0 ? "" : ", ").append("article-").append((j * 37 + collection * 11) % count);
            }
            write(out.resolve("collections/collection-" + collection + ".yaml"), """
                    title: まとめ %d
                    description: 関連記事をまとめました。
                    pinned: %s
                    %s
                    """.formatted(collection, collection % 5 == 0,
                    collection < 5 ? "articles: [" + chosen + "]" : "rule: {tagsAny: [タグ" + (collection - 3) + "]}"));
        }
        for (int special = 0; special < 6; special++) {
            StringBuilder contents = new StringBuilder();
            for (int j = 0; j < 5; j++) {
                contents.append("  - {title: 第").append(j + 1).append("章, page: ").append(4 + 16 * j)
                        .append(", article: article-").append((special * 101 + j * 13) % count).append("}\n");
            }
            write(out.resolve("specials/special-" + special + ".yaml"), """
                    title: 別冊 %s
                    kind: %s
                    cover: {src: "https://img.example.jp/special-%d.jpg", alt: 表紙}
                    onSale: 2026-%02d-10
                    price: %d
                    contents:
                    %s""".formatted(TOPICS[special], special % 2 == 0 ? "bessatsu" : "mook", special, 6 + special,
                    990 + 110 * special, contents));
        }
    }

    private static LocalDate nextTuesday(LocalDate day) {
        LocalDate tuesday = day;
        while (tuesday.getDayOfWeek() != java.time.DayOfWeek.TUESDAY) {
            tuesday = tuesday.plusDays(1);
        }
        return tuesday.isAfter(LocalDate.of(2026, 11, 24)) ? LocalDate.of(2026, 11, 24) : tuesday;
    }

    /** @param more front matter lines to add (its place in a series), or empty */
    private static String article(int index, OffsetDateTime date, String issue, String more, Random random) {
        String topic = pick(TOPICS, random);
        String subject = pick(SUBJECTS, random);
        String place = pick(PLACES, random);
        List<String> tags = new ArrayList<>();
        for (int t = 0; t < 3; t++) {
            String tag = "タグ" + zipf(random, 300);
            if (!tags.contains(tag)) {
                tags.add(tag);
            }
        }
        tags.add(topic);
        StringBuilder body = new StringBuilder();
        for (int paragraph = 0; paragraph < 4; paragraph++) {
            if (paragraph == 2) {
                body.append("## ").append(topic).append("をめぐる論点\n\n");
            }
            for (int sentence = 0; sentence < 5; sentence++) {
                body.append(pick(PLACES, random)).append("で").append(pick(SUBJECTS, random)).append("が")
                        .append(pick(TOPICS, random)).append("について").append(pick(VERBS, random))
                        .append("。関係者によると、").append(random.nextInt(90) + 10).append("％の")
                        .append(pick(SUBJECTS, random)).append("が").append(topic).append("の影響を受けるという。");
            }
            body.append("\n\n");
        }
        return """
                ---
                title: %s、%sで%s（%d）
                date: %s
                section: %s
                authors: [author-%d]
                tags: [%s]
                %s%ssummary: %sで%sが%s。%sへの影響が焦点となる。
                dateline: %s
                ---
                %s""".formatted(subject, topic, pick(VERBS, random), index, date,
                SECTIONS[random.nextInt(SECTIONS.length)], random.nextInt(12), String.join(", ", tags),
                issue == null ? "" : "issue: " + issue + "\n", more, place, subject, pick(VERBS, random), topic, place,
                body);
    }

    /** 1..n, small numbers far more often: a few tags are everywhere, most are rare. */
    private static int zipf(Random random, int n) {
        return (int) Math.min(n, Math.floor(Math.pow(n + 1, random.nextDouble())));
    }

    private static String pick(String[] values, Random random) {
        return values[random.nextInt(values.length)];
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
