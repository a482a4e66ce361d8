package kiosk.content.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kiosk.content.Limits;
import kiosk.content.ProofreadConfig;
import kiosk.content.ProofreadText;
import kiosk.content.check.Problems;
import kiosk.content.files.FileTree;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * The prose of an article file to proofread, each character with its line and column in the file: the
 * title and summary from the front matter, and from the Markdown body the text of paragraphs and headings
 * (in lists and quotes too) as the parser's source spans place it. Code, HTML, images, link targets, bare
 * URLs and tables (data, not sentences) are left out.
 */
public final class ProofreadTexts {

    private static final Parser PARSER = MarkdownRenderer.parser();
    private static final Pattern URL = Pattern.compile("https?://[^\\s、。」）]+");

    private ProofreadTexts() {
    }

    /** The text of the article at {@code path} (relative to the content folder), or empty when it cannot be read. */
    public static Optional<String> source(FileTree files, String path) {
        return SourceText.read(files, files.root().resolve(Path.of(path)), Limits.ARTICLE_FILE_BYTES);
    }

    /** The article file {@code text}, or empty when its front matter cannot be read (check reports why). */
    public static Optional<ProofreadText> of(String path, String text) {
        Problems ignored = new Problems(path);
        FrontMatter frontMatter = FrontMatter.split(text, ignored);
        if (frontMatter == null) {
            return Optional.empty();
        }
        if (!(YamlTreeReader.read(frontMatter.yaml(), frontMatter.yamlFirstLine(), ignored)
                instanceof YamlNode.Mapping fields)) {
            return Optional.empty();
        }
        String[] lines = text.split("\n", -1);
        List<ProofreadText.Passage> passages = new ArrayList<>();
        for (String key : List.of("title", "summary")) {
            YamlNode.Entry entry = fields.entries().get(key);
            if (entry != null && entry.value() instanceof YamlNode.Scalar scalar && !scalar.isNull()) {
                passages.add(scalar(scalar, lines));
            }
        }
        if (MarkdownNesting.beforeParsing(frontMatter.body()).isEmpty()) {
            Node document = PARSER.parse(frontMatter.body());
            document.accept(new Prose(lines, frontMatter.bodyFirstLine(), passages));
        }
        YamlNode.Entry choice = fields.entries().get("proofread");
        return Optional.of(new ProofreadText(path,
                ProofreadSettings.choice(choice == null ? null : choice.value(), ignored), passages));
    }

    /**
     * A front matter value, character by character where it stands as written on its line; a value written
     * otherwise (quoted with escapes, folded over lines) is placed at its start.
     */
    private static ProofreadText.Passage scalar(YamlNode.Scalar scalar, String[] lines) {
        String value = scalar.text();
        Builder passage = new Builder();
        String line = scalar.line() <= lines.length ? lines[scalar.line() - 1] : "";
        int at = line.indexOf(value, Math.max(0, Math.min(line.length(), scalar.column() - 1)));
        for (int i = 0; i < value.length(); i++) {
            passage.add(value.charAt(i), scalar.line(), at < 0 ? scalar.column() : column(line, at + i));
        }
        return passage.build();
    }

    /** 1-based column of the char at {@code index}, in code points as an editor counts. */
    private static int column(String line, int index) {
        return line.codePointCount(0, Math.min(index, line.length())) + 1;
    }

    /** Collects a passage per paragraph and heading, skipping what is not prose. */
    private static final class Prose extends AbstractVisitor {

        private final String[] fileLines;
        private final int firstLine;
        private final List<ProofreadText.Passage> passages;
        private Builder current;

        Prose(String[] fileLines, int bodyFirstLine, List<ProofreadText.Passage> passages) {
            this.fileLines = fileLines;
            this.firstLine = bodyFirstLine;
            this.passages = passages;
        }

        @Override
        public void visit(Paragraph paragraph) {
            passage(paragraph);
        }

        @Override
        public void visit(Heading heading) {
            passage(heading);
        }

        private void passage(Node block) {
            current = new Builder();
            visitChildren(block);
            if (!current.isBlank()) {
                passages.add(current.build());
            }
            current = null;
        }

        @Override
        public void visit(Text text) {
            if (current == null) {
                return;
            }
            String literal = text.getLiteral();
            List<SourceSpan> spans = text.getSourceSpans();
            SourceSpan span = spans.isEmpty() ? null : spans.get(0);
            // an escape or an entity makes the literal shorter than its source: its chars are placed at its start
            boolean exact = spans.size() == 1 && span.getLength() == literal.length();
            Matcher urls = URL.matcher(literal);
            int skipUntil = -1;
            for (int i = 0; i < literal.length(); i++) {
                if (i > skipUntil && urls.find(i) && urls.start() == i) {
                    skipUntil = urls.end() - 1;
                }
                if (i <= skipUntil || span == null) {
                    continue;
                }
                int fileLine = firstLine + span.getLineIndex();
                String line = fileLine - 1 < fileLines.length ? fileLines[fileLine - 1] : "";
                current.add(literal.charAt(i), fileLine, column(line, span.getColumnIndex() + (exact ? i : 0)));
            }
        }

        @Override
        public void visit(Link link) {
            // an autolink's text is its URL
            if (!(link.getFirstChild() instanceof Text text && text.getLiteral().equals(link.getDestination()))) {
                visitChildren(link);
            }
        }

        @Override
        public void visit(Image image) {
        }

        @Override
        public void visit(Code code) {
        }

        @Override
        public void visit(HtmlInline html) {
        }

        @Override
        public void visit(HtmlBlock html) {
        }

        @Override
        public void visit(FencedCodeBlock code) {
        }

        @Override
        public void visit(IndentedCodeBlock code) {
        }

        @Override
        public void visit(org.commonmark.node.CustomBlock block) {
            if (!(block instanceof TableBlock)) {
                visitChildren(block);
            }
        }
    }

    /** A passage's text and positions as they are appended. */
    private static final class Builder {

        private final StringBuilder text = new StringBuilder();
        private int[] lines = new int[64];
        private int[] columns = new int[64];

        void add(char c, int line, int column) {
            if (text.length() == lines.length) {
                lines = java.util.Arrays.copyOf(lines, lines.length * 2);
                columns = java.util.Arrays.copyOf(columns, columns.length * 2);
            }
            lines[text.length()] = line;
            columns[text.length()] = column;
            text.append(c);
        }

        boolean isBlank() {
            return text.toString().isBlank();
        }

        ProofreadText.Passage build() {
            return new ProofreadText.Passage(text.toString(), java.util.Arrays.copyOf(lines, text.length()),
                    java.util.Arrays.copyOf(columns, text.length()));
        }
    }
}
