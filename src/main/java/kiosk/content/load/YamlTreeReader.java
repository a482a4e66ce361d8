package kiosk.content.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kiosk.content.check.Message;
import kiosk.content.check.Problems;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;

/**
 * Reads YAML into {@link YamlNode}s with Jackson's streaming parser, which keeps each token's
 * location (data binding would drop it). Syntax errors, duplicate keys, anchors and aliases become
 * problems.
 */
public final class YamlTreeReader {

    private static final YAMLFactory YAML = YAMLFactory.builder().build();

    private YamlTreeReader() {
    }

    /** Reads a whole YAML file. */
    public static YamlNode read(String text, Problems problems) {
        return read(text, 1, problems);
    }

    /**
     * @param firstLine the file line on which {@code text} starts, so positions are the file's
     * @return the document's root, or null when the text holds no document or is not valid YAML
     *         (the reason is then in {@code problems})
     */
    public static YamlNode read(String text, int firstLine, Problems problems) {
        int shift = firstLine - 1;
        if (FullWidthMarks.check(text, firstLine, problems)) {
            return null; // what the parser would make of the lines is beside the point, and confusing
        }
        try (JsonParser parser = YAML.createParser(text)) {
            JsonToken first = parser.nextToken();
            YamlNode root = first == null ? null : readValue(parser, shift, problems);
            refuseAnchorsAndAliases(text, shift, problems);
            return root;
        } catch (JsonProcessingException e) {
            reportSyntaxError(e, shift, problems);
            return null;
        } catch (IOException e) {
            problems.error(1, 1, "cannot read YAML: " + e.getMessage(), "");
            return null;
        }
    }

    private static YamlNode readValue(JsonParser parser, int shift, Problems problems) throws IOException {
        JsonLocation start = parser.currentTokenLocation();
        int line = start.getLineNr() + shift;
        int column = start.getColumnNr();
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                JsonLocation keyAt = parser.currentTokenLocation();
                parser.nextToken();
                YamlNode value = readValue(parser, shift, problems);
                YamlNode.Entry entry = new YamlNode.Entry(key, keyAt.getLineNr() + shift, keyAt.getColumnNr(), value);
                YamlNode.Entry earlier = entries.putIfAbsent(key, entry);
                if (earlier != null) {
                    problems.error(entry.line(), entry.column(), Message.of("duplicateKey", key, earlier.line()));
                }
            }
            return new YamlNode.Mapping(entries, line, column);
        }
        if (token == JsonToken.START_ARRAY) {
            List<YamlNode> items = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                items.add(readValue(parser, shift, problems));
            }
            return new YamlNode.Sequence(items, line, column);
        }
        return new YamlNode.Scalar(token == JsonToken.VALUE_NULL ? null : parser.getText(), line, column);
    }

    /**
     * An alias ({@code *t}) repeats the value its anchor ({@code &t}) marks elsewhere, and Jackson's
     * parser hands it over as the anchor's name: {@code dateline: *t} would publish "t". Content
     * should read as it is published, so both are refused where they stand. Jackson does not report
     * scalars' anchors, so SnakeYAML's own events are read, only when the text could hold either.
     */
    private static void refuseAnchorsAndAliases(String text, int shift, Problems problems) {
        if (text.indexOf('&') < 0 && text.indexOf('*') < 0) {
            return;
        }
        for (Event event : new Yaml().parse(new StringReader(text))) {
            if (event instanceof AliasEvent alias) {
                Mark at = alias.getStartMark();
                problems.error(at.getLine() + 1 + shift, at.getColumn() + 1, "YAML aliases are not allowed: '*"
                        + alias.getAnchor() + "'", "write the value itself here; an alias repeats a value marked"
                        + " elsewhere with '&" + alias.getAnchor() + "', which readers of the file easily miss");
            } else if (event instanceof NodeEvent node && node.getAnchor() != null) {
                Mark at = node.getStartMark();
                problems.error(at.getLine() + 1 + shift, at.getColumn() + 1, "YAML anchors are not allowed: '&"
                        + node.getAnchor() + "'", "write each value in full where it belongs and remove '&"
                        + node.getAnchor() + "'");
            }
        }
    }

    /**
     * SnakeYAML knows where the problem is (its problem mark) as well as where the construct it was
     * reading began (Jackson's location); the former is where the editor must look.
     */
    private static void reportSyntaxError(JsonProcessingException e, int shift, Problems problems) {
        if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
            Mark mark = marked.getProblemMark();
            String problem = marked.getProblem() == null ? marked.getMessage() : marked.getProblem();
            problems.error(mark.getLine() + 1 + shift, mark.getColumn() + 1, syntaxError(problem));
            return;
        }
        JsonLocation where = e.getLocation();
        problems.error(where == null ? shift + 1 : where.getLineNr() + shift, where == null ? 1 : where.getColumnNr(),
                syntaxError(e.getOriginalMessage()));
    }

    private static String firstLine(String message) {
        String text = message == null ? "syntax error" : message.strip();
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }

    /**
     * The parser's complaint, told by its likely cause: the parser's own words are kept in English
     * only, where they help someone who knows YAML; in other languages the cause is said plainly.
     */
    private static Message syntaxError(String message) {
        String text = message == null ? "" : message;
        String cause = text.contains("'\\t'") || text.contains("\\t") ? "yaml.tab"
                : text.contains("mapping values are not allowed") ? "yaml.colon" : "yaml.syntax";
        return Message.of(cause, firstLine(message));
    }
}
