package factcheck.core.article;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes article bytes strictly: UTF-8 by default, UTF-16 when a UTF-16 byte order mark says so.
 * Byte order marks are dropped, as Eclipse's file buffers drop them, so offsets agree with what the
 * editor shows. Invalid input is an error that names the byte offset; it is never replaced silently.
 */
public final class TextDecoder {

    private TextDecoder() {
    }

    public static String decode(byte[] bytes) throws ArticleDecodingException {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return decode(bytes, 3, StandardCharsets.UTF_8.newDecoder(), "UTF-8");
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return decode(bytes, 2, StandardCharsets.UTF_16BE.newDecoder(), "UTF-16BE");
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return decode(bytes, 2, StandardCharsets.UTF_16LE.newDecoder(), "UTF-16LE");
        }
        String text = decode(bytes, 0, StandardCharsets.UTF_8.newDecoder(), "UTF-8");
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            throw new ArticleDecodingException(
                    "binary data: NUL byte at byte offset " + utf8Length(text, nul) + "; not a text article",
                    utf8Length(text, nul));
        }
        return text;
    }

    private static String decode(byte[] bytes, int skip, CharsetDecoder decoder, String name)
            throws ArticleDecodingException {
        decoder.onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 8L,
                (long) (bytes.length * (double) decoder.maxCharsPerByte()) + 1));
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            long offset = in.position();
            throw new ArticleDecodingException(String.format(
                    "invalid %s: %s byte sequence at byte offset %d (0x%02X)", name,
                    result.isMalformed() ? "malformed" : "unmappable", offset, bytes[(int) offset] & 0xFF),
                    offset);
        }
        out.flip();
        return out.toString();
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static long utf8Length(String text, int charEnd) {
        return text.substring(0, charEnd).getBytes(StandardCharsets.UTF_8).length;
    }
}
