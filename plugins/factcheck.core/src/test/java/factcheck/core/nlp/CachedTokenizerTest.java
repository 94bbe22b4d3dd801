package factcheck.core.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import opennlp.tools.tokenize.TokenizerME;

/** The chunk-remembering tokenizer gives exactly OpenNLP's spans, also once it remembers the chunks. */
class CachedTokenizerTest {

    private static final List<String> WRITTEN = List.of(
            "The council cannot meet, so they're gonna vote online (see https://example.org/vote?id=7).",
            "Mayor Ana Ruiz\u00a0said:\u2009\u201cWe won\u2019t wait.\u201d\tOthers\u3000agreed\n\nlater.",
            "Prices rose 12.5% to $1,200 on Jan. 4 — the U.S.-based firm's best day; e-mail: desk@example.com",
            "Emoji 🙂 and CJK 東京 and a single letter: a b c. Dr. Kim's co-author (D-Calif.) wasn't there...",
            "   leading and trailing   ",
            "",
            "x");

    @Test
    void sameSpansAsOpenNlp() throws IOException {
        NlpModels models = NlpModels.get();
        TokenizerME reference = new TokenizerME(models.tokenizerModel());
        CachedTokenizer cached = new CachedTokenizer(models.tokenizerModel());
        List<String> texts = new java.util.ArrayList<>(WRITTEN);
        try (Stream<Path> files = Files.walk(Path.of("../../samples"))) {
            for (Path f : files.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".article") || p.toString().endsWith(".txt")).toList()) {
                texts.addAll(Files.readString(f, StandardCharsets.UTF_8).lines().toList());
            }
        }
        assertTrue(texts.size() > 50, "lines of the bundled articles read: " + texts.size());
        for (int round = 0; round < 2; round++) {
            for (String text : texts) {
                assertArrayEquals(reference.tokenizePos(text), cached.tokenizePos(text), text);
            }
        }
    }
}
