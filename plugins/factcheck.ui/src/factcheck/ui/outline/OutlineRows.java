package factcheck.ui.outline;

import java.util.List;

import org.eclipse.swt.widgets.TreeItem;

/**
 * Keeps the outline's tree items when a new check gives rows of the same shape (the same number of
 * rows under each row), which is what typing mostly does: the items keep the rows they were made
 * for as data, and a selected row is looked up at the same place in the latest rows for its span.
 */
final class OutlineRows {

    private OutlineRows() {
    }

    /**
     * Sets the labels of {@code items}, made for {@code built}, to those of {@code nodes}, when both
     * have one shape and the items are all there; false (nothing changed) otherwise.
     */
    static boolean relabel(TreeItem[] items, List<OutlineNode> built, List<OutlineNode> nodes) {
        if (built.isEmpty() || !sameShape(built, nodes) || !itemsFor(items, nodes)) {
            return false;
        }
        setLabels(items, nodes);
        return true;
    }

    /** The row at {@code row}'s place in {@code latest}; {@code row} itself when it is not among {@code built}. */
    static OutlineNode latest(OutlineNode row, List<OutlineNode> built, List<OutlineNode> latest) {
        for (int i = 0; i < built.size() && i < latest.size(); i++) {
            if (built.get(i) == row) {
                return latest.get(i);
            }
            OutlineNode found = latest(row, built.get(i).children(), latest.get(i).children());
            if (found != row) {
                return found;
            }
        }
        return row;
    }

    private static boolean sameShape(List<OutlineNode> a, List<OutlineNode> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!sameShape(a.get(i).children(), b.get(i).children())) {
                return false;
            }
        }
        return true;
    }

    /** Whether there is an item for every row (a never expanded row has a placeholder instead). */
    private static boolean itemsFor(TreeItem[] items, List<OutlineNode> nodes) {
        if (items.length != nodes.size()) {
            return false;
        }
        for (int i = 0; i < items.length; i++) {
            if (!itemsFor(items[i].getItems(), nodes.get(i).children())) {
                return false;
            }
        }
        return true;
    }

    private static void setLabels(TreeItem[] items, List<OutlineNode> nodes) {
        for (int i = 0; i < items.length; i++) {
            String label = nodes.get(i).label();
            if (!label.equals(items[i].getText())) {
                items[i].setText(label);
            }
            setLabels(items[i].getItems(), nodes.get(i).children());
        }
    }
}
