package factcheck.core.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class TextDecoderTest {

    @Test
    void decodesUtf8AndDropsTheByteOrderMark() throws Exception {
        byte[] body = "“Déjà vu,” she said.".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        assertEquals("“Déjà vu,” she said.", TextDecoder.decode(withBom));
    }

    @Test
    void invalidUtf8NamesTheByteOffset() {
        byte[] bytes = "abc".getBytes(StandardCharsets.UTF_8);
        byte[] bad = {bytes[0], bytes[1], bytes[2], (byte) 0xC3, (byte) 0x28, 'x'};
        ArticleDecodingException e = assertThrows(ArticleDecodingException.class, () -> TextDecoder.decode(bad));
        assertEquals(3, e.byteOffset());
        assertTrue(e.getMessage().contains("byte offset 3"), e.getMessage());
    }

    @Test
    void decodesUtf16WithByteOrderMark() throws Exception {
        byte[] utf16 = "\uFEFFMayor said.".getBytes(StandardCharsets.UTF_16LE);
        assertEquals("Mayor said.", TextDecoder.decode(utf16));
    }

    @Test
    void binaryDataIsRefused() {
        byte[] binary = {'P', 'K', 3, 4, 0, 0, 1};
        ArticleDecodingException e = assertThrows(ArticleDecodingException.class, () -> TextDecoder.decode(binary));
        assertEquals(4, e.byteOffset());
        assertTrue(e.getMessage().contains("binary"), e.getMessage());
    }
}
