package factcheck.ui.outline;

import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.viewers.AbstractTreeViewer;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

import factcheck.core.Analysis;

/**
 * The Outline view's page for an article editor. It shows the analysis of the reconciler's latest
 * check ({@link LatestAnalysis}) and never analyses the text itself; selecting a row selects its
 * span in the editor.
 */
public final class ArticleOutlinePage extends ContentOutlinePage {

    private static final List<OutlineNode> CHECKING = List.of(OutlineNode.leaf("Checking\u2026", -1, -1));
    private static final List<OutlineNode> NOT_ANALYSED =
            List.of(OutlineNode.leaf("No analysis (malformed article or checking while typing off)", -1, -1));

    private final ITextEditor editor;
    private final IDocument document;
    private final BiConsumer<IDocument, Optional<Analysis>> listener = this::analysed;
    /** The rows the tree's items were made for (their data), and the latest rows of the same shape. */
    private List<OutlineNode> built = List.of();
    private List<OutlineNode> latest = List.of();

    public ArticleOutlinePage(ITextEditor editor) {
        this.editor = editor;
        this.document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
    }

    @Override
    public void createControl(Composite parent) {
        super.createControl(parent);
        TreeViewer viewer = getTreeViewer();
        viewer.setContentProvider(new NodeContentProvider());
        viewer.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return ((OutlineNode) element).label();
            }
        });
        LatestAnalysis.addListener(listener);
        // The check may have finished before the Outline view asked for this page.
        Optional<Analysis> latest = LatestAnalysis.of(document);
        show(latest == null ? CHECKING : nodes(latest));
    }

    /** On the checking thread: build the rows there, hand them to the UI thread. */
    private void analysed(IDocument checked, Optional<Analysis> analysis) {
        if (checked != document) {
            return;
        }
        List<OutlineNode> nodes = nodes(analysis);
        Control control = getControl();
        if (control != null && !control.isDisposed()) {
            control.getDisplay().asyncExec(() -> show(nodes));
        }
    }

    private static List<OutlineNode> nodes(Optional<Analysis> analysis) {
        return analysis.map(ArticleOutline::of).orElse(NOT_ANALYSED);
    }

    private void show(List<OutlineNode> nodes) {
        TreeViewer viewer = getTreeViewer();
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        // Most checks while typing move the rows' spans and change a label or none: then the items
        // stay, and only changed labels are set, instead of the UI thread making and expanding an
        // item for every row of a long draft on each check.
        if (OutlineRows.relabel(viewer.getTree().getItems(), built, nodes)) {
            latest = nodes;
            return;
        }
        viewer.getControl().setRedraw(false);
        try {
            viewer.setInput(nodes);
            viewer.expandToLevel(AbstractTreeViewer.ALL_LEVELS);
            built = nodes;
            latest = nodes;
        } finally {
            viewer.getControl().setRedraw(true);
        }
    }

    @Override
    public void selectionChanged(SelectionChangedEvent event) {
        super.selectionChanged(event);
        if (event.getSelection() instanceof IStructuredSelection selection
                && selection.getFirstElement() instanceof OutlineNode row
                && OutlineRows.latest(row, built, latest) instanceof OutlineNode node && node.hasSpan()) {
            // The analysis may lag behind typing: never select past the end of the text.
            int length = document.getLength();
            int start = Math.min(node.start(), length);
            editor.selectAndReveal(start, Math.min(node.end(), length) - start);
        }
    }

    @Override
    public void dispose() {
        LatestAnalysis.removeListener(listener);
        super.dispose();
    }

    private static final class NodeContentProvider implements ITreeContentProvider {

        @Override
        public Object[] getElements(Object input) {
            return ((List<?>) input).toArray();
        }

        @Override
        public Object[] getChildren(Object parent) {
            return ((OutlineNode) parent).children().toArray();
        }

        @Override
        public Object getParent(Object element) {
            return null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return !((OutlineNode) element).children().isEmpty();
        }
    }
}
