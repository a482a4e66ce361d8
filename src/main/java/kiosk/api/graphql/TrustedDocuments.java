package kiosk.api.graphql;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The allow-list of a server that runs trusted documents only (persisted operations): the documents a
 * front end's build produced, by id, as GraphQL Code Generator's client preset writes them
 * ({@code persisted-documents.json}) and Relay's compiler ({@code persistConfig} file): JSON objects
 * of id to document (an id's {@code sha256:} prefix, which the first writes, is left out). A request names a document by its id in Apollo's persisted-query extension
 * ({@code extensions.persistedQuery.sha256Hash}), which those clients send, or sends a document's exact
 * text; anything else is refused before it is parsed. {@link #ANY} runs every document.
 */
public final class TrustedDocuments {

    /** No allow-list: every document runs. */
    public static final TrustedDocuments ANY = new TrustedDocuments(null, Set.of());
    private static final String SHA256_PREFIX = "sha256:";

    private final Map<String, String> byId;
    private final Set<String> texts;

    private TrustedDocuments(Map<String, String> byId, Set<String> texts) {
        this.byId = byId;
        this.texts = texts;
    }

    /**
     * The documents of every {@code *.json} file in {@code folder}.
     *
     * @throws IllegalArgumentException naming the file and id, when a file is not such a JSON object,
     *                                  a document does not parse, an id is given two documents, or the
     *                                  folder holds none: the server would refuse every request
     */
    public static TrustedDocuments load(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException(folder + " is not a folder: give the folder of the persisted documents"
                    + " your client's build writes (such as persisted-documents.json)");
        }
        List<Path> files;
        try (Stream<Path> listed = Files.list(folder)) {
            files = listed.filter(file -> file.getFileName().toString().endsWith(".json") && Files.isRegularFile(file))
                    .sorted().toList();
        }
        ObjectMapper json = new ObjectMapper();
        Map<String, String> byId = new LinkedHashMap<>();
        for (Path file : files) {
            JsonNode documents;
            try {
                documents = json.readTree(file.toFile());
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException(file + ": not JSON: " + e.getOriginalMessage());
            }
            if (documents == null || !documents.isObject()) {
                throw new IllegalArgumentException(file + ": must be a JSON object of id to document,"
                        + " such as {\"3f2c…\": \"query Latest { … }\"}");
            }
            for (Map.Entry<String, JsonNode> entry : (Iterable<Map.Entry<String, JsonNode>>) documents::fields) {
                String id = entry.getKey();
                if (!entry.getValue().isTextual()) {
                    throw new IllegalArgumentException(file + ": " + id + ": the document must be a string");
                }
                String document = entry.getValue().asText();
                try {
                    Parser.parse(document);
                } catch (InvalidSyntaxException e) {
                    throw new IllegalArgumentException(file + ": " + id + ": the document does not parse: " + e.getMessage());
                }
                String earlier = byId.putIfAbsent(withoutAlgorithm(id), document);
                if (earlier != null && !earlier.equals(document)) {
                    throw new IllegalArgumentException(file + ": " + id + ": another file gives this id another document");
                }
            }
        }
        if (byId.isEmpty()) {
            throw new IllegalArgumentException(folder + " holds no persisted documents (*.json files of id to document):"
                    + " every request would be refused");
        }
        return new TrustedDocuments(Map.copyOf(byId), new HashSet<>(byId.values()));
    }

    /**
     * The id as Apollo's extension carries it: GraphQL Code Generator writes {@code sha256:<hex>} (the
     * form of the GraphQL-over-HTTP trusted documents proposal), while {@code sha256Hash} holds the hex.
     */
    private static String withoutAlgorithm(String id) {
        return id.startsWith(SHA256_PREFIX) ? id.substring(SHA256_PREFIX.length()) : id;
    }

    /** Whether only listed documents run. */
    public boolean enforced() {
        return byId != null;
    }

    /** How many documents the list holds. */
    public int size() {
        return enforced() ? byId.size() : 0;
    }

    /**
     * The request as it may run: with its listed document's text in place of its id, and no
     * persisted-query extension left to look up; empty when the list does not hold its document.
     */
    Optional<GraphQlRequest> allowed(GraphQlRequest request) {
        if (!enforced()) {
            return Optional.of(request);
        }
        String document = request.query();
        Object persisted = request.extensions().get("persistedQuery");
        if (persisted instanceof Map<?, ?> fields && fields.get("sha256Hash") instanceof String id) {
            String listed = byId.get(id);
            if (listed == null || (document != null && !document.equals(listed))) {
                return Optional.empty();
            }
            document = listed;
        } else if (document == null || !texts.contains(document)) {
            return Optional.empty();
        }
        Map<String, Object> extensions = new HashMap<>(request.extensions());
        extensions.remove("persistedQuery");
        return Optional.of(new GraphQlRequest(document, request.operationName(), request.variables(), extensions));
    }
}
