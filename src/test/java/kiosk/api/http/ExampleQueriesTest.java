package kiosk.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import kiosk.testing.SampleContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every example operation in {@code graphql/queries/} over HTTP against the sample magazine and
 * compares the answer with its golden file in {@code src/test/resources/kiosk/api/http/examples/}.
 * An example's variables are in the {@code .variables.json} file beside it. After a deliberate change,
 * run with {@code -Dkiosk.updateGolden=true} to rewrite the golden files, then review their diff.
 */
class ExampleQueriesTest {

    private static final Path EXAMPLES = Path.of("graphql/queries");
    private static final Path GOLDEN = Path.of("src/test/resources/kiosk/api/http/examples");

    private static final TestServer server = TestServer.sample();

    static List<String> examples() throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".graphql"))
                    .map(name -> name.substring(0, name.length() - ".graphql".length()))
                    .sorted()
                    .toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void example_sampleContent_answersAsGolden(String name) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", Files.readString(EXAMPLES.resolve(name + ".graphql")));
        Path variables = EXAMPLES.resolve(name + ".variables.json");
        if (Files.exists(variables)) {
            body.put("variables", TestServer.JSON.readValue(variables.toFile(), Map.class));
        }
        HttpResponse<String> response = server.post(TestServer.json(body),
                "Accept", "application/graphql-response+json");

        assertEquals(200, response.statusCode(), response::body);
        JsonNode answer = withoutRevision(TestServer.tree(response.body()));
        assertEquals(null, answer.get("errors"), answer::toString);
        Path golden = GOLDEN.resolve(name + ".json");
        if (Boolean.getBoolean("kiosk.updateGolden")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, answer.toPrettyString() + "\n", StandardCharsets.UTF_8);
        }
        assertEquals(TestServer.tree(Files.readString(golden)), answer, "answer differs from " + golden);
    }

    @Test
    void examples_folder_holdsAnExampleOfEveryQueryField() throws IOException {
        String all = String.join("\n", examples().stream().map(name -> read(EXAMPLES.resolve(name + ".graphql"))).toList());
        for (String field : List.of("article(", "articles(", "sections", "section(", "issues", "issue(", "latestIssue",
                "authors", "author(", "tags", "tag(", "search(", "site", "contentStatus", "ranking(", "series(", "allSeries",
                "collection(", "collections", "special(", "specials", "sponsored", "filter: {series", "collection: ",
                "node(", "nodes(")) {
            assertTrue(all.contains(field), "no example uses " + field);
        }
        assertFalse(examples().isEmpty());
    }

    /** The revision hashes the content files; it is checked on its own, so editing the sample breaks fewer goldens. */
    private static JsonNode withoutRevision(JsonNode answer) {
        for (String field : List.of("site", "contentStatus")) {
            if (answer.path("data").path(field) instanceof ObjectNode fields && fields.has("revision")) {
                assertEquals(SampleContent.catalog().revision(), fields.get("revision").asText());
                fields.put("revision", "(checked apart)");
            }
        }
        return answer;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
