package factcheck.ui.outline;

import java.util.List;

/**
 * One row of the article outline: a label, the span it selects in the editor ({@code start} -1
 * when it has none) and its children.
 */
public record OutlineNode(String label, int start, int end, List<OutlineNode> children) {

    public OutlineNode {
        children = List.copyOf(children);
    }

    static OutlineNode leaf(String label, int start, int end) {
        return new OutlineNode(label, start, end, List.of());
    }

    static OutlineNode group(String label, List<OutlineNode> children) {
        return new OutlineNode(label, -1, -1, children);
    }

    public boolean hasSpan() {
        return start >= 0 && end >= start;
    }
}
