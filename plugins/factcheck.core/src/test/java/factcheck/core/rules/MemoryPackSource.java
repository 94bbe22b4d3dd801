package factcheck.core.rules;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A rule pack held in memory, for tests that write their own DRL. */
final class MemoryPackSource implements PackSource {

    private final Map<String, String> files = new LinkedHashMap<>();
    private byte[] image;

    MemoryPackSource(String id) {
        files.put(RulePackLoader.PACK_FILE, "id: " + id + "\nname: " + id + "\nversion: 1.0.0\n");
    }

    /** Adds a rule file and its metadata (category and severity as given). */
    MemoryPackSource rule(String name, String drl, String category, String severity) {
        files.put(name + ".drl", drl);
        files.put(name + ".yaml", "id: " + name + "\ncategory: " + category + "\nseverity: " + severity
                + "\ntitle: " + name + "\n");
        return this;
    }

    /** Adds one DRL file holding several rules, with a metadata file listing them all. */
    MemoryPackSource rules(String name, String drl, String... ruleIds) {
        files.put(name + ".drl", drl);
        StringBuilder yaml = new StringBuilder("rules:\n");
        for (String id : ruleIds) {
            yaml.append("  - id: ").append(id).append("\n    category: style\n    severity: info\n");
        }
        files.put(name + ".yaml", yaml.toString());
        return this;
    }

    /** Adds any other file, such as {@code data/...}. */
    MemoryPackSource file(String path, String text) {
        files.put(path, text);
        return this;
    }

    /** Offers these bytes as the pack's precompiled image (as a trusted source would). */
    MemoryPackSource image(byte[] bytes) {
        this.image = bytes.clone();
        return this;
    }

    @Override
    public InputStream openImage() {
        return image == null ? null : new ByteArrayInputStream(image);
    }

    @Override
    public String location() {
        return "memory:" + files.get(RulePackLoader.PACK_FILE).lines().findFirst().orElse("");
    }

    @Override
    public List<String> list() {
        return files.keySet().stream().sorted().toList();
    }

    @Override
    public InputStream open(String path) throws IOException {
        String content = files.get(path);
        if (content == null) {
            throw new IOException("no " + path);
        }
        return new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
    }
}
