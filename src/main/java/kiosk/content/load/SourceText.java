package kiosk.content.load;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import kiosk.content.files.FileTree;

/**
 * Decodes a content file: strict UTF-8, without a byte order mark, with LF line endings; and finds
 * the control characters text must not hold.
 */
final class SourceText {

    private SourceText() {
    }

    /** Where the first control character of a decoded file is, 1-based; null when there is none. */
    static Located<Integer> firstControlCharacter(String text) {
        // every character isControl names is one UTF-16 unit, none a surrogate: a scan by char finds the
        // first, and only then are the code points before it counted for the column
        for (int i = 0; i < text.length(); i++) {
            if (isControl(text.charAt(i))) {
                int lineStart = text.lastIndexOf('\n', i - 1) + 1;
                int line = 1 + (int) text.chars().limit(lineStart).filter(c -> c == '\n').count();
                return new Located<>((int) text.charAt(i), line, text.codePointCount(lineStart, i) + 1);
            }
        }
        return null;
    }

    /**
     * Control characters but the tab and the line feed (escape sequences, bells, NUL), and the
     * noncharacters XML refuses (U+FFFE, U+FFFF): nothing a page or a feed may carry.
     */
    static boolean isControl(int cp) {
        return Character.isISOControl(cp) && cp != '\n' && cp != '\t' || cp == 0xFFFE || cp == 0xFFFF;
    }

    /** U+001B, as messages name a character. */
    static String codePoint(int cp) {
        return String.format("U+%04X", cp);
    }

    /**
     * The text as a message quotes it: its first {@code max} characters and an ellipsis when longer, so
     * that an over-long value does not flood the terminal it is reported to.
     */
    static String quoted(String text, int max) {
        return text.codePointCount(0, text.length()) <= max ? text
                : text.substring(0, text.offsetByCodePoints(0, max)) + "…";
    }

    /**
     * A file's text when it exists and reads as a content file should (UTF-8, at most {@code maxBytes}); empty
     * otherwise: for a second look at files the load has read and reported on already.
     */
    static Optional<String> read(FileTree files, Path path, long maxBytes) {
        if (!files.exists(path)) {
            return Optional.empty();
        }
        try {
            return Optional.of(decode(files.read(path, maxBytes)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** @throws CharacterCodingException when the bytes are not UTF-8 */
    static String decode(byte[] bytes) throws CharacterCodingException {
        // String's own decoding is several times faster than a CharsetDecoder's, but replaces bytes that are
        // not UTF-8 with U+FFFD: only a text holding one (a rare character in a real file) is decoded again
        // strictly, to refuse it or to keep it as it is
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0) {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }
}
