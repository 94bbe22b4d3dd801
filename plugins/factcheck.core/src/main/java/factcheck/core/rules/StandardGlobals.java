package factcheck.core.rules;

import java.util.Map;

import factcheck.core.kb.KnowledgeBase;
import factcheck.core.kb.KnowledgeBaseException;

/**
 * The globals every pack may declare besides {@code findings}:
 * <ul>
 * <li>{@code kb} ({@link KnowledgeBase}): the office holders of the pack's {@code data/kb/*.yaml}.</li>
 * </ul>
 */
final class StandardGlobals {

    static final Map<String, PackGlobal> ALL = Map.of("kb", StandardGlobals::knowledgeBase);

    private StandardGlobals() {
    }

    private static Object knowledgeBase(RulePack pack) {
        try {
            return KnowledgeBase.load(pack.data());
        } catch (KnowledgeBaseException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
