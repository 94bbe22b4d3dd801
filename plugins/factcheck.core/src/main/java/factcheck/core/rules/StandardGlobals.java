package factcheck.core.rules;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;

import factcheck.core.kb.KbCache;
import factcheck.core.kb.KnowledgeBase;
import factcheck.core.kb.KnowledgeBaseException;

/**
 * The globals every pack may declare besides {@code findings}:
 * <ul>
 * <li>{@code kb} ({@link KnowledgeBase}): the office holders of the pack's {@code data/kb/*.yaml}. A
 * trusted pack's image ships it parsed and checked ({@link KbCache#shippedSnapshot}), which is read
 * instead of the files when it was made from the same files; else the command line's start-up cache
 * folder, else the files.</li>
 * </ul>
 */
final class StandardGlobals {

    /**
     * A folder for {@link KbCache} (the command line's launcher sets it to its start-up cache, which
     * belongs to one build); unset, every process parses the knowledge base itself.
     */
    static final String KB_CACHE_PROPERTY = "factcheck.kbCache";

    static final Map<String, PackGlobal> ALL = Map.of("kb", new KnowledgeBaseGlobal());

    private StandardGlobals() {
    }

    private static final class KnowledgeBaseGlobal implements PackGlobal {

        @Override
        public Object create(RulePack pack) {
            try {
                Path cache = kbCache();
                return cache == null ? KnowledgeBase.load(pack.data()) : KbCache.load(pack.data(), cache);
            } catch (KnowledgeBaseException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
        }

        @Override
        public byte[] shipped(RulePack pack) {
            try {
                return KbCache.shippedSnapshot(pack.data());
            } catch (KnowledgeBaseException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
        }

        @Override
        public Object fromShipped(RulePack pack, byte[] shipped) {
            return KbCache.fromShippedSnapshot(pack.data(), shipped);
        }
    }

    private static Path kbCache() {
        String dir = System.getProperty(KB_CACHE_PROPERTY, "");
        try {
            return dir.isBlank() ? null : Path.of(dir);
        } catch (InvalidPathException e) {
            return null; // no cache rather than no knowledge base
        }
    }
}
