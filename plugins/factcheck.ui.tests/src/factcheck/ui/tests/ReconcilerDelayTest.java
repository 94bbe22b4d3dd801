package factcheck.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import factcheck.ui.editor.ArticleReconciler;

/** The pause before an as-you-type check follows the last check's cost, within its bounds. */
class ReconcilerDelayTest {

    @Test
    void cheapChecksStartSoonExpensiveOnesWaitForAPause() {
        assertEquals(50, ArticleReconciler.delayAfter(0));
        assertEquals(50, ArticleReconciler.delayAfter(20));
        assertEquals(50, ArticleReconciler.delayAfter(40));
        assertEquals(150, ArticleReconciler.delayAfter(150), "as long as the last check");
        assertEquals(500, ArticleReconciler.delayAfter(600), "a long draft's check waits at most half a second");
        assertEquals(50, ArticleReconciler.delayAfter(-3), "a clock step back");
    }
}
