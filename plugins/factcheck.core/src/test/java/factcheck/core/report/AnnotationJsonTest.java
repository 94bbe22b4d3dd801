package factcheck.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import factcheck.core.annotation.Annotation;
import factcheck.core.annotation.TextRef;
import factcheck.core.article.LineMap;

/** Annotations are written generically: stable fields first, record components after, no nulls. */
class AnnotationJsonTest {

    enum Kind { RELATIVE }

    /** Stands in for the extractors' records, with the kinds of component they use. */
    record SampleAnnotation(String type, int start, int end, String text, TextRef cue, LocalDate resolved,
            Optional<String> speaker, Optional<String> nobody, String missing, Kind kind, List<TextRef> parts)
            implements Annotation {
    }

    @Test
    void recordComponentsAreWrittenWithLineAndColumn() {
        String text = "Intro\r\nOn Monday, she said.";
        int start = text.indexOf("Monday");
        SampleAnnotation a = new SampleAnnotation("temporal", start, start + 6, "Monday",
                TextRef.of(text, start - 3, start - 1), LocalDate.of(2024, 1, 29), Optional.of("she"),
                Optional.empty(), null, Kind.RELATIVE, List.of(TextRef.of(text, start, start + 3)));
        JsonNode json = AnnotationJson.of(a, new LineMap(text));
        assertEquals(List.of("type", "start", "end", "line", "column", "text", "cue", "resolved", "speaker", "kind",
                "parts"), iterate(json));
        assertEquals(2, json.get("line").asInt());
        assertEquals(4, json.get("column").asInt());
        assertEquals("On", json.get("cue").get("text").asText());
        assertEquals(start - 3, json.get("cue").get("start").asInt());
        assertEquals("2024-01-29", json.get("resolved").asText());
        assertEquals("she", json.get("speaker").asText());
        assertFalse(json.has("nobody"));
        assertFalse(json.has("missing"));
        assertEquals("RELATIVE", json.get("kind").asText());
        assertEquals("Mon", json.get("parts").get(0).get("text").asText());
    }

    private static List<String> iterate(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
