package factcheck.core.rules;

import java.util.List;
import java.util.Map;

/**
 * A loaded rule pack: DRL sources, rule metadata and data files, plus the problems met loading it.
 *
 * @param id          pack id (e.g. {@code factcheck.standard})
 * @param name        display name
 * @param version     pack version
 * @param location    where it was loaded from
 * @param drl         DRL sources by pack-relative path
 * @param rules       rule metadata by rule id
 * @param data        data files (knowledge base, word lists) by pack-relative path
 * @param diagnostics problems found while loading (bad metadata, forbidden imports)
 * @param image       the precompiled DRL its trusted source shipped, or null (see {@link PackImage})
 */
public record RulePack(String id, String name, String version, String location, Map<String, String> drl,
        Map<String, RuleMetadata> rules, Map<String, byte[]> data, List<Diagnostic> diagnostics, PackImage image) {

    /** A pack without a precompiled image. */
    public RulePack(String id, String name, String version, String location, Map<String, String> drl,
            Map<String, RuleMetadata> rules, Map<String, byte[]> data, List<Diagnostic> diagnostics) {
        this(id, name, version, location, drl, rules, data, diagnostics, null);
    }

    public RulePack {
        drl = Map.copyOf(drl);
        rules = Map.copyOf(rules);
        data = Map.copyOf(data);
        diagnostics = List.copyOf(diagnostics);
    }

    /** A key that changes whenever the pack's content does, for caching compiled packs. */
    public String contentKey() {
        // asked for each check (the weights) and each compile: remembered per pack, since hashing
        // the data files (a megabyte of knowledge base) each time cost a cold check noticeably
        return CONTENT_KEYS.computeIfAbsent(this, RulePack::computeContentKey);
    }

    /** Weak keys: a pack's key goes with the pack. Equal packs share their data arrays, hence their key. */
    private static final Map<RulePack, String> CONTENT_KEYS =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    private String computeContentKey() {
        long h = id.hashCode() * 31L + version.hashCode();
        for (var e : new java.util.TreeMap<>(drl).entrySet()) {
            h = h * 31 + e.getKey().hashCode();
            h = h * 31 + e.getValue().hashCode();
        }
        for (var e : new java.util.TreeMap<>(data).entrySet()) {
            h = h * 31 + e.getKey().hashCode();
            h = h * 31 + java.util.Arrays.hashCode(e.getValue());
        }
        return id + "@" + version + "#" + Long.toHexString(h);
    }
}
