package factcheck.core.rules;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Where a rule pack's files come from: a directory, a jar, or (in the workbench) a bundle. Paths
 * are relative to the pack root and use '/'.
 */
public interface PackSource {

    /** A human-readable location for messages. */
    String location();

    /** Every file of the pack, relative to its root. */
    List<String> list() throws IOException;

    InputStream open(String path) throws IOException;

    /**
     * The pack's precompiled {@link PackImage}, when this source ships one and is trusted to (an
     * image carries bytecode, so only sources made by a build we trust offer one); null otherwise.
     * The engine still checks that the image matches the DRL before using it.
     */
    default InputStream openImage() throws IOException {
        return null;
    }
}
