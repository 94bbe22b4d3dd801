package factcheck.core.rules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;


import factcheck.core.extract.claim.WeightTable;
import factcheck.core.yaml.PlainYaml;

/**
 * Reads a rule pack: {@code pack.yaml} (id, name, version) at its root, {@code *.drl} rule files
 * each with a {@code *.yaml} metadata file of the same name beside it, and data files under
 * {@code data/}. Problems become {@link Diagnostic}s on the pack rather than exceptions, so one
 * broken pack never stops the others.
 */
public final class RulePackLoader {

    public static final String PACK_FILE = "pack.yaml";

    private RulePackLoader() {
    }

    public static RulePack load(PackSource source) throws IOException {
        List<String> files = source.list();
        if (!files.contains(PACK_FILE)) {
            throw new IOException(source.location() + ": no " + PACK_FILE + " at the pack root");
        }
        List<Diagnostic> diagnostics = new ArrayList<>();
        Map<String, Object> header = yaml(source, PACK_FILE, "?", diagnostics);
        String id = string(header, "id", null);
        if (id == null || id.isBlank()) {
            throw new IOException(source.location() + "/" + PACK_FILE + ": 'id' is missing");
        }
        String name = string(header, "name", id);
        String version = string(header, "version", "0.0.0");
        Map<String, String> drl = new LinkedHashMap<>();
        Map<String, RuleMetadata> rules = new LinkedHashMap<>();
        Map<String, byte[]> data = new LinkedHashMap<>();
        for (String file : files) {
            if (file.startsWith("data/")) {
                data.put(file, read(source, file));
            } else if (file.endsWith(".drl")) {
                String text = new String(read(source, file), StandardCharsets.UTF_8);
                drl.put(file, text);
                String metaFile = file.substring(0, file.length() - 4) + ".yaml";
                if (!files.contains(metaFile)) {
                    diagnostics.add(new Diagnostic(id, file, 0, 0, "no metadata file " + metaFile + " beside the rule"));
                    continue;
                }
                for (RuleMetadata meta : metadata(source, id, metaFile, diagnostics)) {
                    if (rules.putIfAbsent(meta.id(), meta) != null) {
                        diagnostics.add(new Diagnostic(id, metaFile, 0, 0, "rule id " + meta.id() + " is defined twice"));
                    }
                }
            }
        }
        try {
            WeightTable.load(data);
        } catch (IllegalArgumentException e) {
            // A table the engine cannot read refuses the pack, as bad rule metadata does.
            diagnostics.add(new Diagnostic(id, WeightTable.TABLE, 0, 0, e.getMessage()));
        }
        return new RulePack(id, name, version, source.location(), drl, rules, data, diagnostics, image(source));
    }

    /**
     * The source's image, or null when it has none or it cannot be read: an image only saves time,
     * so a damaged one means compiling the DRL, not refusing the pack.
     */
    private static PackImage image(PackSource source) {
        try (InputStream in = source.openImage()) {
            return in == null ? null : PackImage.read(in);
        } catch (IOException e) {
            return null;
        }
    }

    private static List<RuleMetadata> metadata(PackSource source, String packId, String file,
            List<Diagnostic> diagnostics) throws IOException {
        Map<String, Object> map = yaml(source, file, packId, diagnostics);
        Object list = map.get("rules");
        List<Object> entries = list instanceof List<?> l ? new ArrayList<>(l) : List.of(map);
        List<RuleMetadata> result = new ArrayList<>();
        for (Object entry : entries) {
            try {
                RuleMetadata meta = RuleMetadataReader.read(entry);
                if (meta.id() == null || meta.category() == null || meta.severity() == null) {
                    diagnostics.add(new Diagnostic(packId, file, 0, 0, "rule metadata needs id, category and severity"));
                    continue;
                }
                result.add(meta);
            } catch (IllegalArgumentException e) {
                diagnostics.add(new Diagnostic(packId, file, 0, 0, "bad rule metadata: "
                        + e.getMessage().lines().findFirst().orElse("")));
            }
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> yaml(PackSource source, String file, String packId,
            List<Diagnostic> diagnostics) throws IOException {
        try (InputStream in = source.open(file)) {
            Object loaded = PlainYaml.create().load(in);
            if (loaded instanceof Map<?, ?> m) {
                return (Map<String, Object>) m;
            }
            diagnostics.add(new Diagnostic(packId, file, 1, 1, "expected a YAML mapping"));
        } catch (MarkedYAMLException e) {
            var mark = e.getProblemMark();
            diagnostics.add(new Diagnostic(packId, file, mark == null ? 0 : mark.getLine() + 1,
                    mark == null ? 0 : mark.getColumn() + 1, "invalid YAML: " + e.getProblem()));
        } catch (YAMLException e) {
            diagnostics.add(new Diagnostic(packId, file, 0, 0, "invalid YAML: " + e.getMessage()));
        }
        return Map.of();
    }

    private static byte[] read(PackSource source, String file) throws IOException {
        try (InputStream in = source.open(file)) {
            return in.readAllBytes();
        }
    }

    private static String string(Map<String, Object> map, String key, String fallback) {
        Object v = map.get(key);
        return v == null ? fallback : v.toString();
    }
}
