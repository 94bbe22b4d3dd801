package factcheck.core.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import factcheck.core.ledger.LedgerEntry;
import factcheck.core.ledger.LedgerRow;
import factcheck.core.ledger.LedgerStatus;
import factcheck.core.ledger.LedgerSummary;

/**
 * The fact-check report as JSON: an array with an object per article ({@code article},
 * {@code dateline}, {@code packs}, {@code summary}, {@code claims}); each claim has {@code line}
 * (null when gone), {@code rule}, {@code category}, {@code severity}, {@code score}, {@code claim},
 * {@code match}, {@code status}, {@code state} ({@code new}, {@code current}, {@code changed},
 * {@code missing}), {@code entry}, {@code note}, {@code sources}, {@code changedBy},
 * {@code changedAt}.
 */
final class FactCheckJson {

    private FactCheckJson() {
    }

    static void write(List<FactCheckReport> reports, Writer out) throws IOException {
        ArrayNode all = ReportMapper.MAPPER.createArrayNode();
        for (FactCheckReport r : reports) {
            all.add(article(r));
        }
        ReportMapper.MAPPER.writer().withDefaultPrettyPrinter().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .writeValue(out, all);
        out.write("\n");
    }

    private static ObjectNode article(FactCheckReport r) {
        ObjectNode node = ReportMapper.MAPPER.createObjectNode();
        node.put("article", r.article());
        if (r.dateline() == null) {
            node.putNull("dateline");
        } else {
            node.put("dateline", r.dateline().toString());
        }
        ArrayNode packs = node.putArray("packs");
        r.packs().forEach(p -> packs.addObject().put("id", p.id()).put("name", p.name()).put("version", p.version()));
        LedgerSummary s = r.summary();
        ObjectNode summary = node.putObject("summary");
        summary.put("text", s.toString());
        summary.put("total", s.total());
        for (LedgerStatus status : LedgerStatus.values()) {
            summary.put(status.id(), s.count(status));
        }
        summary.put("changed", s.changed());
        summary.put("missing", s.missing());
        ArrayNode claims = node.putArray("claims");
        for (LedgerRow row : r.rows()) {
            ObjectNode c = claims.addObject();
            int line = r.line(row);
            if (line == 0) {
                c.putNull("line");
            } else {
                c.put("line", line);
            }
            c.put("rule", row.anchor().rule());
            c.put("category", row.anchor().category());
            if (row.subject() != null) {
                c.put("severity", row.subject().finding().severity().id());
                c.put("score", row.subject().claimScore());
                c.put("message", row.subject().finding().message());
            }
            c.put("claim", row.anchor().claim());
            c.put("match", row.anchor().match());
            c.put("status", row.status().id());
            c.put("state", switch (row.state()) {
                case NEW -> "new";
                case CURRENT -> "current";
                case CHANGED -> "changed";
                case MISSING -> "missing";
            });
            LedgerEntry e = row.entry();
            if (e != null) {
                c.put("entry", e.id());
                c.put("note", e.note());
                ArrayNode sources = c.putArray("sources");
                e.sources().forEach(sources::add);
                c.put("changedBy", e.changedBy());
                c.put("changedAt", e.changedAt() == null ? null : e.changedAt().toString());
                if (row.state() == LedgerRow.State.CHANGED) {
                    c.put("checkedClaim", e.anchor().claim());
                }
            }
        }
        return node;
    }
}
