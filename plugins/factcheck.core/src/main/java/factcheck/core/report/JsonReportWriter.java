package factcheck.core.report;

import java.io.IOException;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import factcheck.core.annotation.Annotation;
import factcheck.core.article.Dateline;
import factcheck.core.article.LineMap;
import factcheck.core.findings.Finding;

/**
 * The JSON output: ONE JSON ARRAY with an object per input file, in input order (an array rather
 * than JSON Lines, so that {@code jq} and every JSON library read it whole). Each object has
 * {@code file}, {@code dateline} (ISO date or null), {@code datelineSource} ({@code header-line},
 * {@code front-matter}, {@code dateline-sentence}, {@code caller} or null), {@code findings} and,
 * when requested, {@code annotations}. A file that could not be checked has an {@code error} string
 * and no findings.
 */
final class JsonReportWriter implements ReportWriter {

    private final ReportContext context;
    private final ArrayNode files = ReportMapper.MAPPER.createArrayNode();

    JsonReportWriter(ReportContext context) {
        this.context = context;
    }

    @Override
    public void file(FileReport report) {
        files.add(toJson(report, context.annotations()));
    }

    static ObjectNode toJson(FileReport report, boolean withAnnotations) {
        ObjectNode node = ReportMapper.MAPPER.createObjectNode();
        node.put("file", report.file());
        Dateline dateline = report.article() == null ? null : report.article().dateline().orElse(null);
        if (dateline == null) {
            node.putNull("dateline");
            node.putNull("datelineSource");
        } else {
            node.put("dateline", dateline.date().toString());
            node.put("datelineSource", sourceId(dateline.source()));
        }
        if (report.failed()) {
            node.put("error", report.error());
        }
        LineMap lines = report.lineMap();
        ArrayNode findings = node.putArray("findings");
        for (Finding f : report.findings()) {
            findings.add(FindingJson.of(f, lines));
        }
        if (withAnnotations) {
            ArrayNode annotations = node.putArray("annotations");
            for (Annotation a : report.annotations()) {
                annotations.add(AnnotationJson.of(a, lines));
            }
        }
        return node;
    }

    static String sourceId(Dateline.Source source) {
        return source.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public void finish() throws IOException {
        ReportMapper.MAPPER.writer().withDefaultPrettyPrinter()
                .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .writeValue(context.out(), files);
        context.out().println();
        context.out().flush();
    }
}
