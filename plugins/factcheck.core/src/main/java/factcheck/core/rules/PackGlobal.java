package factcheck.core.rules;

/**
 * Makes the value of a DRL global from a pack's data, once per compiled pack: e.g. {@code kb}, the
 * knowledge base of office holders read from the pack's {@code data/kb/} files. Rules then query
 * it ({@code ... from kb.checkTitle(...)}) without ever reading files themselves.
 */
@FunctionalInterface
public interface PackGlobal {

    /**
     * @param pack the pack whose DRL declares the global
     * @return the global's value
     * @throws IllegalArgumentException when the pack's data is malformed (becomes a diagnostic)
     */
    Object create(RulePack pack);

    /**
     * What a build may ship in the pack's image so that {@link #fromShipped} is faster than
     * {@link #create}: e.g. the knowledge base already parsed and checked. Null (the default): nothing.
     *
     * @throws IllegalArgumentException when the pack's data is malformed (the image is not built)
     */
    default byte[] shipped(RulePack pack) {
        return null;
    }

    /**
     * The global's value from what {@link #shipped} made, or null when it does not fit the pack's data
     * as it is now (then {@link #create} runs). Must give what {@link #create} would.
     */
    default Object fromShipped(RulePack pack, byte[] shipped) {
        return null;
    }
}
