package kiosk.content.load;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Decodes a content file: strict UTF-8, without a byte order mark, with LF line endings. */
final class SourceText {

    private SourceText() {
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
