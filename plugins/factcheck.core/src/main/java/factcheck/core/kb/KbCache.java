package factcheck.core.kb;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * Keeps checked knowledge bases as {@link KbSnapshot}s in a folder, by a digest of their data files,
 * so the next process reads the snapshot instead of parsing and checking the files again.
 *
 * <p>The folder must belong to one build of this code (the command line keeps it in its start-up
 * cache, whose name changes with every rebuilt jar): a snapshot records what this build's parser
 * made of the files. A snapshot that cannot be read is deleted and the files are loaded as if it
 * had never been there; a folder that cannot be written only costs the time saved. Results are
 * the same either way (tested).
 */
public final class KbCache {

    private KbCache() {
    }

    /**
     * Like {@link KnowledgeBase#load(Map)}, through the snapshot for these files in {@code dir} when
     * there is one, else writing it there after a successful load.
     *
     * @throws KnowledgeBaseException as {@link KnowledgeBase#load(Map)} does (nothing is written then)
     */
    public static KnowledgeBase load(Map<String, byte[]> dataFiles, Path dir) {
        Path file = dir.resolve("kb-" + digest(dataFiles) + ".bin");
        if (Files.isRegularFile(file)) {
            try {
                return new KnowledgeBase(KbSnapshot.read(Files.readAllBytes(file)));
            } catch (IOException e) {
                deleteQuietly(file); // damaged or of an older layout: made again below
            }
        }
        KbContent content = KnowledgeBase.checkedContent(dataFiles);
        KnowledgeBase kb = new KnowledgeBase(content);
        store(file, KbSnapshot.write(content));
        return kb;
    }

    /**
     * The checked knowledge base of these files as a build ships it (inside a trusted pack's image,
     * see {@code PackImage}): a digest of the files and the snapshot layout, then the snapshot.
     *
     * @throws KnowledgeBaseException when the files do not make a valid knowledge base
     */
    public static byte[] shippedSnapshot(Map<String, byte[]> dataFiles) {
        byte[] digest = digest(dataFiles).getBytes(StandardCharsets.US_ASCII);
        byte[] snapshot = KbSnapshot.write(KnowledgeBase.checkedContent(dataFiles));
        return ByteBuffer.allocate(1 + digest.length + snapshot.length).put((byte) digest.length).put(digest)
                .put(snapshot).array();
    }

    /**
     * The knowledge base from a snapshot {@link #shippedSnapshot} made, when it was made from exactly
     * these files with this snapshot layout; null otherwise (other files, another layout, damaged),
     * so the caller loads the files.
     */
    public static KnowledgeBase fromShippedSnapshot(Map<String, byte[]> dataFiles, byte[] shipped) {
        if (shipped == null || shipped.length < 1 || shipped.length < 1 + (shipped[0] & 0xff)) {
            return null;
        }
        int n = shipped[0] & 0xff;
        String digest = new String(shipped, 1, n, StandardCharsets.US_ASCII);
        if (!digest.equals(digest(dataFiles))) {
            return null;
        }
        try {
            return new KnowledgeBase(KbSnapshot.read(java.util.Arrays.copyOfRange(shipped, 1 + n, shipped.length)));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static void store(Path file, byte[] bytes) {
        Path tmp = file.resolveSibling(file.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        try {
            Files.createDirectories(file.getParent());
            Files.write(tmp, bytes);
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            deleteQuietly(tmp); // a read-only or full disk: the next run loads the files again
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // left for the next run to replace
        }
    }

    /** SHA-256 over the snapshot version and every knowledge-base file's path and bytes, in path order. */
    static String digest(Map<String, byte[]> dataFiles) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
        sha.update(ByteBuffer.allocate(4).putInt(KbSnapshot.VERSION).array());
        for (var e : new TreeMap<>(dataFiles).entrySet()) {
            if (KnowledgeBase.isKbFile(e.getKey())) {
                byte[] path = e.getKey().getBytes(StandardCharsets.UTF_8);
                sha.update(ByteBuffer.allocate(8).putInt(path.length).putInt(e.getValue().length).array());
                sha.update(path);
                sha.update(e.getValue());
            }
        }
        return HexFormat.of().formatHex(sha.digest(), 0, 16);
    }
}
