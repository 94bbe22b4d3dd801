package factcheck.core.rules.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DrlCodeTest {

    @Test
    void theKeywordInCodeCounts() {
        assertTrue(DrlCode.mayDeclareTypes("package p;\ndeclare Tally\n  count : int\nend\n"));
        assertTrue(DrlCode.mayDeclareTypes("rule \"r\" when then end\r\ndeclare\tTally end"));
    }

    @Test
    void theWordInStringsAndCommentsDoesNot() {
        String drl = """
                package p;
                // editors declare sources; we "declare" nothing here
                /* a block that says declare
                   over two lines */
                rule "Governors declare emergencies"
                when
                    Token( lemma in ("say", "declare", 'declare') )
                then
                    String s = "he said \\"declare\\" twice";
                end
                """;
        assertFalse(DrlCode.mayDeclareTypes(drl), DrlCode.code(drl));
    }

    @Test
    void wordsAroundARemovedPartStayApart() {
        assertEquals("a b c", DrlCode.code("a/*x*/b\"y\"c"));
        assertEquals("x = 1; y", DrlCode.code("x = 1;// tail\ny").replace("\n", ""));
        assertTrue(DrlCode.mayDeclareTypes("\"x\" declare T end"));
    }

    @Test
    void anUnterminatedStringEndsWithItsLine() {
        assertTrue(DrlCode.mayDeclareTypes("rule \"half open\nwhen then end\ndeclare T end"));
        assertFalse(DrlCode.mayDeclareTypes("/* never closed declare"));
    }

    @Test
    void declaredKeywordsInsideOtherWordsDoNotCount() {
        assertFalse(DrlCode.mayDeclareTypes("rule r when Token( lemma == undeclared ) then end"));
        assertFalse(DrlCode.mayDeclareTypes("global java.util.List declared;"));
    }
}
