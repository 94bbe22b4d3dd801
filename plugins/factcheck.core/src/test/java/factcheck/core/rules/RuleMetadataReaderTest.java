package factcheck.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import factcheck.core.findings.Category;
import factcheck.core.findings.Severity;
import factcheck.core.yaml.PlainYaml;

class RuleMetadataReaderTest {

    private static RuleMetadata read(String yaml) {
        return RuleMetadataReader.read(PlainYaml.create().load(yaml));
    }

    @Test
    void readsEveryFieldAndIgnoresUnknownKeys() {
        RuleMetadata meta = read("""
                id: title.mayor-of-elsewhere
                category: Title
                severity: WARNING
                title: A mayor named with another city's title
                description: Flags it.
                rationale: Readers trust titles.
                owner: desk@example.org
                examples:
                  - text: "Mayor Ines Calder of Porto Vela spoke."
                    dateline: 2019-04-02
                    triggers: true
                    match: Mayor Ines Calder
                  - {text: "Nothing here.", triggers: False}
                  - {text: "No flag given either."}
                """);
        assertEquals("title.mayor-of-elsewhere", meta.id());
        assertEquals(Category.TITLE, meta.category());
        assertEquals(Severity.WARNING, meta.severity());
        assertEquals("Readers trust titles.", meta.rationale());
        assertEquals(3, meta.examples().size());
        RuleExample first = meta.examples().get(0);
        assertEquals("2019-04-02", first.dateline(), "dates stay text");
        assertTrue(first.triggers());
        assertEquals("Mayor Ines Calder", first.match());
        assertFalse(meta.examples().get(1).triggers());
        assertFalse(meta.examples().get(2).triggers());
    }

    @Test
    void missingFieldsStayNullForTheLoaderToReport() {
        RuleMetadata meta = read("title: only a title");
        assertEquals(null, meta.id());
        assertEquals(null, meta.category());
        assertTrue(meta.examples().isEmpty());
    }

    @Test
    void badValuesNameTheirField() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> read("id: r\ncategory: gossip\nseverity: info"))
                .getMessage().contains("unknown category 'gossip'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> read("id: r\ncategory: claim\nseverity: loud"))
                .getMessage().contains("unknown severity 'loud'"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> read("id: r\ncategory: claim\nseverity: info\nexamples: [{text: x, triggers: yes}]"))
                .getMessage().startsWith("triggers: expected true or false, found 'yes'"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> read("id: r\ncategory: claim\nseverity: info\nexamples: {text: x}"))
                .getMessage().startsWith("examples: expected a list"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> read("id: [a, b]\ncategory: claim\nseverity: info"))
                .getMessage().startsWith("id: expected text, found a list"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RuleMetadataReader.read("just text"))
                .getMessage().contains("mapping"));
    }
}
