package factcheck.core.rules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The pack at a location a user names (the command line's {@code --rules}, the language server's
 * {@code rulePacks}): a pack folder or a pack jar.
 */
public final class PackLocations {

    private PackLocations() {
    }

    /**
     * The source of the pack at {@code location}, or null when it is neither a folder nor a file.
     *
     * @param trusted whether the pack comes from our own build, so that the precompiled image beside
     *                it may be used (never for a user's pack: an image carries bytecode the DRL import
     *                allowlist cannot check)
     */
    public static PackSource at(Path location, boolean trusted) throws IOException {
        if (Files.isDirectory(location)) {
            return new DirectoryPackSource(location, trusted ? DirectoryPackSource.imageBeside(location) : null);
        }
        if (Files.isRegularFile(location)) {
            return new JarPackSource(location, trusted);
        }
        return null;
    }
}
