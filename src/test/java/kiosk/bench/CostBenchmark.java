package kiosk.bench;

import graphql.GraphQLError;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kiosk.api.graphql.GraphQlRequest;
import kiosk.api.graphql.KioskGraphQl;
import kiosk.api.graphql.LiveData;
import kiosk.api.graphql.QueryLimits;
import kiosk.catalog.Catalog;
import kiosk.catalog.CatalogBuilder;
import kiosk.content.load.ContentLoader;

/**
 * How well the complexity limit's cost model follows what queries really cost: for each kind of
 * query, the complexity the model gives it on the catalog and the CPU time it takes (median of
 * rounds, on the calling thread), both as ratios to a baseline in the same run, a page of 100 article
 * cards. A model that follows the CPU has the two ratios close; the gaps (a search counted 50,
 * a filtered {@code first: 0} list counted 1) showed as CPU ratios far above the complexity ratios.
 *
 * <p>Usage: {@code CostBenchmark <contentDir> [rounds]}
 */
public final class CostBenchmark {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final Pattern COMPLEXITY = Pattern.compile("maximum query complexity exceeded (\\d+) > 1");

    private CostBenchmark() {
    }

    public static void main(String[] args) {
        Path folder = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        Catalog catalog = new CatalogBuilder().published(ContentLoader.load(folder).content(), Instant.now());
        catalog.buildSearchIndex();
        String lastCursor = Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("article:" + catalog.articles().get(catalog.articles().size() - 1).slug()).getBytes());
        String rareTag = catalog.tags().get(catalog.tags().size() - 1).slug();
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("100 cards (baseline)", "{ articles(first: 100) { nodes { slug title summary date url"
                + " section { name } authors { name } tags { name } } } }");
        queries.put("article(slug)", "{ article(slug: \"" + catalog.articles().get(0).slug() + "\") { title summary"
                + " bodyHtml date section { name } authors { name } tags { name } } }");
        queries.put("search, first: 1", "{ search(query: \"政府\", first: 1) { totalCount } }");
        queries.put("search, 2 words, first: 10", "{ search(query: \"政府 方針\", first: 10) { nodes { slug title } } }");
        queries.put("tagsAny filter, first: 0", "{ articles(first: 0, filter: {tagsAny: [\"" + rareTag + "\"]}) { totalCount } }");
        queries.put("date filter, first: 0", "{ articles(first: 0, filter: {dateFrom: \"2020-01-01T00:00:00+09:00\"})"
                + " { totalCount } }");
        queries.put("cursor at the end, first: 0", "{ articles(first: 0, before: \"" + lastCursor + "\") { totalCount } }");
        queries.put("every tag", "{ tags { slug name } }");
        KioskGraphQl api = KioskGraphQl.create(QueryLimits.defaults(), LiveData.NONE);
        QueryLimits defaults = QueryLimits.defaults();
        KioskGraphQl measuring = KioskGraphQl.create(new QueryLimits(defaults.maxQueryCharacters(),
                defaults.maxQueryTokens(), defaults.maxDepth(), 1, defaults.maxPageSize(), defaults.maxResultNodes(),
                defaults.maxAnswerBytes()), LiveData.NONE);

        System.out.printf("%d articles, %d tags, %d rounds; CPU time is the median of the rounds%n",
                catalog.articles().size(), catalog.tags().size(), rounds);
        System.out.printf("%-30s %10s %8s %12s %8s%n", "query", "complexity", "ratio", "CPU µs", "ratio");
        double baseComplexity = 0;
        double baseMicros = 0;
        for (Map.Entry<String, String> query : queries.entrySet()) {
            GraphQlRequest request = new GraphQlRequest(query.getValue(), null, Map.of(), Map.of());
            int complexity = complexity(measuring, request, catalog);
            double micros = medianMicros(api, request, catalog, rounds);
            if (baseComplexity == 0) {
                baseComplexity = complexity;
                baseMicros = micros;
            }
            System.out.printf("%-30s %10d %8.2f %12.0f %8.2f%n", query.getKey(), complexity, complexity / baseComplexity,
                    micros, micros / baseMicros);
        }
    }

    /** The model's complexity: what a limit of 1 reports when it refuses the query. */
    private static int complexity(KioskGraphQl measuring, GraphQlRequest request, Catalog catalog) {
        List<GraphQLError> errors = measuring.execute(request, catalog).result().getErrors();
        Matcher matcher = COMPLEXITY.matcher(errors.isEmpty() ? "" : errors.get(0).getMessage());
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : 1;
    }

    private static double medianMicros(KioskGraphQl api, GraphQlRequest request, Catalog catalog, int rounds) {
        long[] times = new long[rounds];
        for (int warmUp = 0; warmUp < rounds; warmUp++) {
            api.execute(request, catalog);
        }
        for (int round = 0; round < rounds; round++) {
            long started = THREADS.getCurrentThreadCpuTime();
            if (!api.execute(request, catalog).result().getErrors().isEmpty()) {
                throw new IllegalStateException(request.query() + ": " + api.execute(request, catalog).result().getErrors());
            }
            times[round] = THREADS.getCurrentThreadCpuTime() - started;
        }
        java.util.Arrays.sort(times);
        return times[rounds / 2] / 1_000.0;
    }
}
