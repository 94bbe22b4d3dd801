package factcheck.core.rules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What this build of the engine already found out about a trusted pack image, remembered in a
 * folder that belongs to the build (the command line's start-up cache, whose name changes with every
 * jar), so that the next process need not find it out again: that the image was made from this DRL
 * against this fact model ({@link FactModelFingerprint}: reflection over the fact model) and that its
 * classes pass the sandbox's bytecode check. Together about 80 ms of CPU on the longest chain of a
 * one-article run. Metering is not remembered: it happens on every load, in memory.
 *
 * <p>A verdict is an empty file named by a digest of the whole image and of the pack's DRL digest;
 * it is written only after both checks passed. A changed image or DRL has another name, so it is
 * checked again. The folder holds no more trust than the jars beside it: only images from trusted
 * places are loaded at all (see {@link PackImage}). Without the folder (Eclipse, tests, the start-up
 * cache switched off) every load checks.
 */
final class ImageMemo {

    /** The start-up cache's data folder, also used by {@link StandardGlobals} for the knowledge base. */
    static final String FOLDER_PROPERTY = StandardGlobals.KB_CACHE_PROPERTY;

    private static final ImageMemo NONE = new ImageMemo(null);

    /** The verdict's file, or null when nothing is remembered. */
    private final Path file;

    private ImageMemo(Path file) {
        this.file = file;
    }

    /** The memo of this image for a pack whose DRL has {@code drlDigest}, in {@code folder} (null: none). */
    static ImageMemo of(Path folder, PackImage image, String drlDigest) {
        if (folder == null) {
            return NONE;
        }
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
        for (String part : new String[] {image.packId(), image.drlDigest(), image.factModel(), image.droolsVersion(),
            drlDigest}) {
            sha.update(part.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
        }
        sha.update(image.packages());
        return new ImageMemo(folder.resolve("image-" + HexFormat.of().formatHex(sha.digest()) + ".checked"));
    }

    /** The folder the launcher named with {@value #FOLDER_PROPERTY}, or null. */
    static Path folder() {
        String dir = System.getProperty(FOLDER_PROPERTY, "");
        try {
            return dir.isBlank() ? null : Path.of(dir);
        } catch (InvalidPathException e) {
            return null; // no memo rather than no engine
        }
    }

    /** Whether this build already found the image made from this DRL and its classes allowed. */
    boolean checked() {
        return file != null && Files.isRegularFile(file);
    }

    /** Remembers that both checks passed; a folder that cannot be written only costs the time saved. */
    void remember() {
        if (file == null) {
            return;
        }
        Path tmp = file.resolveSibling(file.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        try {
            Files.createDirectories(file.getParent());
            Files.write(tmp, new byte[0]);
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // left behind; harmless
            }
        }
    }
}
