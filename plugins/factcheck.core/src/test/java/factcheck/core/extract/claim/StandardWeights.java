package factcheck.core.extract.claim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** The standard pack's check-worthiness table, read from the checkout as the pack loader keys it. */
final class StandardWeights {

    private static final Path PACK = Path.of(System.getProperty("factcheck.standardPack", "../../rules/pack"));

    private StandardWeights() {
    }

    static WeightTable load() {
        try {
            return WeightTable.load(Map.of(WeightTable.TABLE, Files.readAllBytes(PACK.resolve(WeightTable.TABLE)),
                    WeightTable.WORDS, Files.readAllBytes(PACK.resolve(WeightTable.WORDS))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
