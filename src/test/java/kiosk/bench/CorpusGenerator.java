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
 * characters. Seeded, so every run writes the same corpus.
 *
 * <p>Usage: {@code CorpusGenerator <outDir> <articleCount>}
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
        if (args.length != 2) {
            System.err.println("usage: CorpusGenerator <outDir> <articleCount>");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        long started = System.nanoTime();
        write(out, count);
        System.out.printf("wrote %d articles to %s in %d ms%n", count, out, (System.nanoTime() - started) / 1_000_000);
    }

    /** Writes the corpus; the folder may exist (files are overwritten). */
    public static void write(Path out, int count) throws IOException {
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
                    article(i, date, inIssue ? issueDate.toString() : null, random));
        }
    }

    private static LocalDate nextTuesday(LocalDate day) {
        LocalDate tuesday = day;
        while (tuesday.getDayOfWeek() != java.time.DayOfWeek.TUESDAY) {
            tuesday = tuesday.plusDays(1);
        }
        return tuesday.isAfter(LocalDate.of(2026, 11, 24)) ? LocalDate.of(2026, 11, 24) : tuesday;
    }

    private static String article(int index, OffsetDateTime date, String issue, Random random) {
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
                %ssummary: %sで%sが%s。%sへの影響が焦点となる。
                dateline: %s
                ---
                %s""".formatted(subject, topic, pick(VERBS, random), index, date,
                SECTIONS[random.nextInt(SECTIONS.length)], random.nextInt(12), String.join(", ", tags),
                issue == null ? "" : "issue: " + issue + "\n", place, subject, pick(VERBS, random), topic, place,
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
