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
}
