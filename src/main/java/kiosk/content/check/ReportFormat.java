package kiosk.content.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * How {@code check} prints what it found: for an editor in a terminal, for a program, or as GitHub
 * Actions workflow commands that annotate the lines of a pull request.
 */
public enum ReportFormat {

    /** {@code path:line:column: severity: message}, the hint on the next line, then the summary. */
    TEXT {
        @Override
        public void print(List<Problem> problems, String summary, String pathPrefix, Messages messages,
                          PrintWriter out) {
            problems.stream().map(problem -> problem.format(messages)).forEach(out::println);
            out.println(summary);
        }
    },

    /** One JSON object: {@code problems} (path relative to the content folder, line, column, ...) and {@code summary}. */
    JSON {
        @Override
        public void print(List<Problem> problems, String summary, String pathPrefix, Messages messages,
                          PrintWriter out) {
            ObjectMapper mapper = new ObjectMapper();
            ObjectNode report = mapper.createObjectNode();
            ArrayNode list = report.putArray("problems");
            for (Problem problem : problems) {
                list.addObject().put("path", problem.path()).put("line", problem.line()).put("column", problem.column())
                        .put("severity", problem.severity().label()).put("message", problem.messageIn(messages))
                        .put("hint", problem.hintIn(messages));
            }
            report.putObject("summary").put("text", summary)
                    .put("errors", problems.stream().filter(Problem::isError).count())
                    .put("warnings", problems.stream().filter(problem -> !problem.isError()).count());
            try {
                out.println(mapper.writeValueAsString(report));
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        }
    },

    /**
     * {@code ::error file=content/a.md,line=3,col=5,title=...::message} lines, which GitHub Actions
     * shows on the lines of the pull request, then the summary. Paths are the repository's, so the
     * annotation lands on the file; values are escaped as the runner decodes them, so text from
     * content can neither end the command early nor start another.
     */
    GITHUB {
        @Override
        public void print(List<Problem> problems, String summary, String pathPrefix, Messages messages,
                          PrintWriter out) {
            for (Problem problem : problems) {
                String hint = problem.hintIn(messages);
                String message = hint.isEmpty() ? problem.messageIn(messages) : problem.messageIn(messages) + "\n" + hint;
                out.println("::" + (problem.isError() ? "error" : "warning")
                        + " file=" + property(pathPrefix + problem.path())
                        + ",line=" + Math.max(problem.line(), 1) + ",col=" + Math.max(problem.column(), 1)
                        + ",title=" + property("kiosk check") + "::" + data(message));
            }
            out.println(summary);
        }
    };

    /**
     * Prints the problems and the summary line.
     *
     * @param pathPrefix the content folder's path in the repository ({@code content/}), for formats
     *                   that name files as the repository does
     * @param messages   the language of the messages
     */
    public abstract void print(List<Problem> problems, String summary, String pathPrefix, Messages messages,
                               PrintWriter out);

    /** A workflow command's message: the runner turns %25, %0D and %0A back into %, CR and LF. */
    static String data(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        text.codePoints().forEach(cp -> {
            switch (cp) {
                case '%' -> escaped.append("%25");
                case '\r' -> escaped.append("%0D");
                case '\n' -> escaped.append("%0A");
                default -> escaped.append(Printable.unsafe(cp) ? String.format("\\u%04x", cp)
                        : new String(Character.toChars(cp)));
            }
        });
        return escaped.toString();
    }

    /** A workflow command's property: as {@link #data}, and ':' and ',' which end a property. */
    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
