package factcheck.core.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.junit.jupiter.api.Test;

import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;

class CachedLemmatizerTest {

    private static final String[] SENTENCES = {
        "The ministers were meeting in Brussels on Tuesday, officials said.",
        "He said the children had been running and the dogs were barking loudly.",
        "Prices rose 12% last year; the better-known companies fared worse than the smaller ones.",
        "“We are closing,” said Renée Dubois, who has owned the café since 1998.",
        "The the the , , . Was were is are be being been geese mice oxen.",
        "Rescuers recovered at least ten survivors from the debris, according to the emergencies ministry.",
        "",
    };

    /** The cached search must give exactly OpenNLP's lemmas, also when the cache already holds the keys. */
    @Test
    void sameLemmasAsOpenNlp() {
        NlpModels models = NlpModels.get();
        CachedLemmatizer cached = CachedLemmatizer.of(models.lemmatizerModel());
        assertNotNull(cached, "the shipped model is a maxent model with the default context generator");
        LemmatizerME reference = new LemmatizerME(models.lemmatizerModel());
        TokenizerME tokenizer = new TokenizerME(models.tokenizerModel());
        POSTaggerME tagger = new POSTaggerME(models.posModel());
        for (int round = 0; round < 2; round++) {
            for (String sentence : SENTENCES) {
                String[] words = tokenizer.tokenize(sentence);
                String[] tags = tagger.tag(words);
                assertArrayEquals(reference.lemmatize(words, tags), cached.lemmatize(words, tags), sentence);
            }
        }
    }
}
