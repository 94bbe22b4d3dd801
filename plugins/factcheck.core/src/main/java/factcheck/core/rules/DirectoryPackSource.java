package factcheck.core.rules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A rule pack laid out in a directory on disk. A pack folder is the user's to edit, so it offers a
 * precompiled image only when the caller names one it trusts (the command line does for the standard
 * pack built in this checkout: {@link #imageBeside(Path)}).
 */
public final class DirectoryPackSource implements PackSource {

    private final Path root;
    private final Path trustedImage;

    public DirectoryPackSource(Path root) {
        this(root, null);
    }

    /**
     * @param trustedImage a {@link PackImage} file built from this pack by a trusted build, or null;
     *                     a missing file is ignored (the pack then compiles from DRL)
     */
    public DirectoryPackSource(Path root, Path trustedImage) {
        this.root = root;
        this.trustedImage = trustedImage;
    }

    /** Where a build puts a pack folder's image: beside it, {@code rules/pack} → {@code rules/pack.kbin}. */
    public static Path imageBeside(Path packFolder) {
        Path absolute = packFolder.toAbsolutePath().normalize();
        return absolute.resolveSibling(absolute.getFileName() + PackImage.SUFFIX);
    }

    @Override
    public String location() {
        return root.toString();
    }

    @Override
    public List<String> list() throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
    }

    @Override
    public InputStream open(String path) throws IOException {
        return Files.newInputStream(root.resolve(path));
    }

    @Override
    public InputStream openImage() throws IOException {
        return trustedImage != null && Files.isRegularFile(trustedImage) ? Files.newInputStream(trustedImage) : null;
    }
}
