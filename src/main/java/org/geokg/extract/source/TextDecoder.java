package org.geokg.extract.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.geokg.extract.ExtractionException;

/**
 * Bytes of an article file to text: strict UTF-8 (no silent replacement characters, so that
 * offsets mean what the file says), a leading byte-order mark dropped, and binary data refused.
 */
final class TextDecoder {
    private TextDecoder() {
    }

    static String decode(String file, byte[] bytes) {
        for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
            if (bytes[i] == 0) {
                throw new ExtractionException(file + ": binary data, not text (a zero byte at offset " + i + ")");
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult r = decoder.decode(in, out, true);
        if (r.isError()) {
            throw new ExtractionException(file + ": not UTF-8 text (invalid byte sequence at byte " + in.position()
                    + "); convert the file to UTF-8, e.g. iconv -f latin1 -t utf-8");
        }
        try {
            r = decoder.flush(out);
            if (r.isError()) {
                r.throwException();
            }
        } catch (CharacterCodingException e) {
            throw new ExtractionException(file + ": not UTF-8 text (truncated sequence at the end)", e);
        }
        out.flip();
        String text = out.toString();
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        int control = 0;
        for (int i = 0; i < Math.min(text.length(), 8192); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            }
        }
        if (control > 8) {
            throw new ExtractionException(file + ": binary data, not text (" + control + " control characters)");
        }
        return text;
    }
}
