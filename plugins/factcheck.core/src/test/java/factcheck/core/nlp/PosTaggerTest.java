package factcheck.core.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;

/** The tagger without the per-token sort gives exactly OpenNLP's tags, on any thread. */
class PosTaggerTest {

    private static final List<String> WRITTEN = List.of(
            "The finance minister, Ingrid Solberg, told reporters in Bergen that rates would fall.",
            "Can they really?",
            "Rates rose 0.25 percentage points on Jan. 4, 2019 — the third rise since 2017.",
            "“We will not,” said the mayor of Porto Alegre, who has run the city since March.",
            "Lead lead LEAD led; the the the , , . ; ; 1 2 3 e.g. U.S. D-Calif. 東京 🙂",
            "x",
            "");

    @Test
    void sameTagsAsOpenNlp() throws IOException {
        NlpModels models = NlpModels.get();
        PosTagger fast = PosTagger.of(models.posModel());
        assertNotNull(fast, "the shipped model is a maxent model with Universal Dependencies tags");
        POSTaggerME reference = new POSTaggerME(models.posModel());
        List<String[]> sentences = sentences(models);
        assertTrue(sentences.size() > 50, "sentences of the bundled articles read: " + sentences.size());
        for (String[] words : sentences) {
            assertArrayEquals(reference.tag(words), fast.tag(words), String.join(" ", words));
        }
    }

    @Test
    void sameTagsOnSeveralThreadsAtOnce() throws Exception {
        NlpModels models = NlpModels.get();
        PosTagger fast = PosTagger.of(models.posModel());
        POSTaggerME reference = new POSTaggerME(models.posModel());
        List<String[]> sentences = sentences(models);
        List<String[]> expected = sentences.stream().map(reference::tag).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String[]>>> runs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                runs.add(pool.submit(() -> sentences.stream().map(fast::tag).toList()));
            }
            for (Future<List<String[]>> run : runs) {
                List<String[]> got = run.get();
                for (int i = 0; i < expected.size(); i++) {
                    assertArrayEquals(expected.get(i), got.get(i), String.join(" ", sentences.get(i)));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** The written sentences and every sentence of the bundled articles, tokenized. */
    private static List<String[]> sentences(NlpModels models) throws IOException {
        TokenizerME tokenizer = new TokenizerME(models.tokenizerModel());
        SentenceDetectorME detector = new SentenceDetectorME(models.sentenceModel());
        List<String> texts = new ArrayList<>(WRITTEN);
        try (Stream<Path> files = Files.walk(Path.of("../../samples"))) {
            for (Path f : files.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".article") || p.toString().endsWith(".txt")).sorted().toList()) {
                for (String line : Files.readString(f, StandardCharsets.UTF_8).lines().toList()) {
                    texts.addAll(List.of(detector.sentDetect(line)));
                }
            }
        }
        return texts.stream().map(tokenizer::tokenize).toList();
    }
}
