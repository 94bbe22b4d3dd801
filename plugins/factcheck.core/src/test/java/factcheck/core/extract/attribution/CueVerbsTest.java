package factcheck.core.extract.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CueVerbsTest {

    @Test
    void formsMapToLemmaAndTone() {
        assertEquals("allege", CueVerbs.lookup("alleging").orElseThrow().lemma());
        assertEquals(CueTone.IMPLIES_DOUBT, CueVerbs.lookup("Alleged").orElseThrow().tone());
        assertTrue(CueVerbs.lookup("revealed").orElseThrow().loaded());
        assertTrue(CueVerbs.lookup("conceded").orElseThrow().loaded());
        assertFalse(CueVerbs.lookup("said").orElseThrow().loaded());
        assertFalse(CueVerbs.lookup("told").orElseThrow().needsVerbTag());
        assertTrue(CueVerbs.lookup("claims").orElseThrow().needsVerbTag(), "'claims' is also a noun");
        assertTrue(CueVerbs.lookup("states").orElseThrow().needsVerbTag(), "United States");
        assertTrue(CueVerbs.lookup("bridge").isEmpty());
        assertEquals("out", CueVerbs.particle("pointed"));
    }

    @Test
    void presentTenseOfGroupSources() {
        // "Critics argue", "experts warn", "analysts predict": plural subjects take the base form.
        for (String form : new String[] {"argue", "warn", "predict", "suggest", "insist", "allege"}) {
            assertTrue(CueVerbs.lookup(form).isPresent(), form);
        }
        assertEquals("argue", CueVerbs.lookup("argue").orElseThrow().lemma());
    }
}
