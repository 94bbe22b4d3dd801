package factcheck.core.ledger;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The ledger file format, {@value #FORMAT}: a JSON object with {@code format}, {@code article} and
 * {@code entries}, each entry an object with {@code id}, {@code rule}, {@code category},
 * {@code claim}, {@code match}, {@code before}, {@code after}, {@code status}, {@code note},
 * {@code sources}, {@code changedBy} and {@code changedAt} (ISO instant), always in that order,
 * two-space indented, one field per line, "\n" line ends, so diffs and merges are line-sized.
 * Unknown fields are ignored when reading (a newer version may add some).
 */
public final class LedgerJson {

    /** The value of the {@code format} field this version reads and writes. */
    public static final String FORMAT = "factcheck-ledger/1";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    private LedgerJson() {
    }

    /** The ledger as file content (UTF-8 when written), ending with a line break. */
    public static String write(Ledger ledger) {
        StringWriter out = new StringWriter();
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter));
            g.writeStartObject();
            g.writeStringField("format", FORMAT);
            g.writeStringField("article", ledger.article());
            g.writeArrayFieldStart("entries");
            for (LedgerEntry e : ledger.entries()) {
                g.writeStartObject();
                g.writeStringField("id", e.id());
                g.writeStringField("rule", e.anchor().rule());
                g.writeStringField("category", e.anchor().category());
                g.writeStringField("claim", e.anchor().claim());
                g.writeStringField("match", e.anchor().match());
                g.writeStringField("before", e.anchor().before());
                g.writeStringField("after", e.anchor().after());
                g.writeStringField("status", e.status().id());
                g.writeStringField("note", e.note());
                g.writeArrayFieldStart("sources");
                for (String s : e.sources()) {
                    g.writeString(s);
                }
                g.writeEndArray();
                g.writeStringField("changedBy", e.changedBy());
                if (e.changedAt() == null) {
                    g.writeNullField("changedAt");
                } else {
                    g.writeStringField("changedAt", e.changedAt().toString());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException("writing to a string cannot fail", e);
        }
        return out.toString() + "\n";
    }

    /**
     * Reads file content.
     *
     * @param file the file it came from, for messages (may be null)
     * @throws LedgerFormatException when it is not JSON or not a ledger; the message says where
     */
    public static Ledger read(String content, Path file) throws LedgerFormatException {
        JsonNode root;
        try {
            root = MAPPER.readTree(content);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new LedgerFormatException(file, line, "not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new LedgerFormatException(file, 0, "expected a JSON object with \"format\": \"" + FORMAT + "\"", null);
        }
        String format = root.path("format").asText("");
        if (!FORMAT.equals(format)) {
            throw new LedgerFormatException(file, 0, "unsupported format '" + format + "' (expected " + FORMAT + ")",
                    null);
        }
        JsonNode entries = root.path("entries");
        if (!entries.isArray()) {
            throw new LedgerFormatException(file, 0, "\"entries\" must be an array", null);
        }
        List<LedgerEntry> read = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        int index = 0;
        for (JsonNode node : entries) {
            LedgerEntry entry = entry(node, index++, file);
            if (ids.contains(entry.id())) {
                throw new LedgerFormatException(file, 0, "entry id '" + entry.id() + "' appears twice", null);
            }
            ids.add(entry.id());
            read.add(entry);
        }
        return new Ledger(root.path("article").asText(""), read);
    }

    private static LedgerEntry entry(JsonNode node, int index, Path file) throws LedgerFormatException {
        String where = "entry " + (index + 1);
        if (!node.isObject()) {
            throw new LedgerFormatException(file, 0, where + " is not an object", null);
        }
        String id = required(node, "id", where, file);
        where = "entry '" + id + "'";
        Anchor anchor = new Anchor(required(node, "rule", where, file), node.path("category").asText(""),
                required(node, "claim", where, file), node.path("match").asText(""), node.path("before").asText(""),
                node.path("after").asText(""));
        LedgerStatus status;
        try {
            status = LedgerStatus.parse(required(node, "status", where, file));
        } catch (IllegalArgumentException e) {
            throw new LedgerFormatException(file, 0, where + ": " + e.getMessage(), e);
        }
        List<String> sources = new ArrayList<>();
        JsonNode s = node.path("sources");
        if (!s.isMissingNode() && !s.isNull()) {
            if (!s.isArray()) {
                throw new LedgerFormatException(file, 0, where + ": \"sources\" must be an array of strings", null);
            }
            s.forEach(x -> sources.add(x.asText()));
        }
        Instant at = null;
        JsonNode when = node.path("changedAt");
        if (when.isTextual() && !when.asText().isBlank()) {
            try {
                at = Instant.parse(when.asText());
            } catch (DateTimeParseException e) {
                throw new LedgerFormatException(file, 0,
                        where + ": changedAt '" + when.asText() + "' is not an ISO instant like 2026-03-01T10:15:00Z", e);
            }
        }
        return new LedgerEntry(id, anchor, status, node.path("note").asText(""), sources,
                node.path("changedBy").asText(""), at);
    }

    private static String required(JsonNode node, String field, String where, Path file) throws LedgerFormatException {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new LedgerFormatException(file, 0, where + ": \"" + field + "\" is missing or not a string", null);
        }
        return value.asText();
    }
}
