package factcheck.core.ledger;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.HexFormat;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Reads and writes ledger files. A save is a merge, not an overwrite: under an exclusive lock it
 * re-reads the file, puts the saved entries in (replacing those of the same id) and writes the
 * result atomically, so entries another writer saved in between are kept. The lock is a JVM-wide
 * lock per file plus an OS file lock (another process: the command line, a second workbench) on a
 * lock file in the temporary directory, so nothing but the ledger itself appears beside the article.
 */
public final class LedgerStore {

    /** The folder beside the article that holds ledgers. */
    public static final String FOLDER = ".factcheck";
    /** The ending of a ledger file's name, after the article's full file name. */
    public static final String SUFFIX = ".ledger.json";

    private static final ConcurrentHashMap<Path, ReentrantLock> LOCKS = new ConcurrentHashMap<>();

    private LedgerStore() {
    }

    /** Where the ledger of an article file lives: {@code <dir>/.factcheck/<file name>.ledger.json}. */
    public static Path fileFor(Path article) {
        Path dir = article.toAbsolutePath().getParent();
        return dir.resolve(FOLDER).resolve(article.getFileName() + SUFFIX);
    }

    /** The article name a ledger file belongs to ({@code a.article} for {@code a.article.ledger.json}). */
    public static String articleName(Path ledgerFile) {
        String name = ledgerFile.getFileName().toString();
        return name.endsWith(SUFFIX) ? name.substring(0, name.length() - SUFFIX.length()) : name;
    }

    /**
     * Reads a ledger file; an empty ledger when there is none.
     *
     * @throws LedgerFormatException when the file is not a ledger (see {@link LedgerJson})
     */
    public static Ledger read(Path file) throws IOException, LedgerFormatException {
        String content;
        try {
            content = decode(Files.readAllBytes(file), file);
        } catch (NoSuchFileException e) {
            return Ledger.empty(articleName(file));
        }
        return LedgerJson.read(content, file);
    }

    /**
     * Saves entries into the file: locks, re-reads, merges by id, writes atomically. Creates the file
     * and its folder when needed.
     *
     * @return the ledger as written
     * @throws LedgerFormatException when the file on disk is not a ledger; it is then not touched
     */
    public static Ledger save(Path file, Collection<LedgerEntry> changed) throws IOException, LedgerFormatException {
        Path target = file.toAbsolutePath().normalize();
        ReentrantLock local = LOCKS.computeIfAbsent(target, p -> new ReentrantLock());
        local.lock();
        try (FileChannel channel = FileChannel.open(lockFile(target), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
            Ledger merged = read(target).with(changed);
            write(target, merged);
            return merged;
        } finally {
            local.unlock();
        }
    }

    private static void write(Path target, Ledger ledger) throws IOException {
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            Files.writeString(temp, LedgerJson.write(ledger), StandardCharsets.UTF_8);
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static Path lockFile(Path target) throws IOException {
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "factcheck-ledger-locks");
        Files.createDirectories(dir);
        byte[] hash;
        try {
            hash = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(target.toString().getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return dir.resolve(HexFormat.of().formatHex(hash, 0, 12) + ".lock");
    }

    private static String decode(byte[] bytes, Path file) throws LedgerFormatException {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new LedgerFormatException(file, 0, "not UTF-8 text", e);
        }
    }
}
