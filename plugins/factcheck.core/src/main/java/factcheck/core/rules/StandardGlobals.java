package factcheck.core.rules;

import java.util.Map;

/** The globals every pack may declare besides {@code findings}. */
final class StandardGlobals {

    static final Map<String, PackGlobal> ALL = Map.of();

    private StandardGlobals() {
    }
}
