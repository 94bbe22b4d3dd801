package factcheck.ui.editor;

import java.util.function.IntPredicate;

import org.eclipse.jface.internal.text.html.BrowserInformationControl;
import org.eclipse.jface.internal.text.html.HTMLPrinter;
import org.eclipse.jface.internal.text.html.HTMLTextPresenter;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.text.AbstractReusableInformationControlCreator;
import org.eclipse.jface.text.DefaultInformationControl;
import org.eclipse.jface.text.IInformationControl;
import org.eclipse.jface.text.IInformationControlCreator;
import org.eclipse.swt.browser.LocationAdapter;
import org.eclipse.swt.browser.LocationEvent;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.editors.text.EditorsUI;

/**
 * The information controls of the article hover, made the way the Java editor makes its own: an
 * HTML browser control when SWT has a browser, else a wrapping text control that renders the same
 * HTML. Moving into the hover (or F2) gives the focused control, where quick-fix links work.
 */
final class HoverControls {

    /** Spacing only: fonts and colours come from the platform's hover style. */
    private static final String CSS = "body { margin: 4px; } p { margin: 2px 0 4px 0; } "
            + "ul { margin-top: 0; margin-bottom: 4px; padding-left: 1.4em; } hr { margin: 6px 0; }";

    private HoverControls() {
    }

    /** A complete HTML page around a hover body, in the platform's hover colours. */
    static String page(String body) {
        StringBuilder b = new StringBuilder(body);
        HTMLPrinter.insertPageProlog(b, 0, CSS);
        HTMLPrinter.addPageEpilog(b);
        return b.toString();
    }

    /** The hover as it first appears: not focusable, with the "Press F2 for focus" affordance. */
    static final class HoverCreator extends AbstractReusableInformationControlCreator {

        private final IntPredicate runFix;

        HoverCreator(IntPredicate runFix) {
            this.runFix = runFix;
        }

        @Override
        protected IInformationControl doCreateInformationControl(Shell parent) {
            IInformationControlCreator focused = new FocusedCreator(runFix);
            if (BrowserInformationControl.isAvailable(parent)) {
                return new BrowserInformationControl(parent, JFaceResources.DIALOG_FONT,
                        EditorsUI.getTooltipAffordanceString()) {
                    @Override
                    public IInformationControlCreator getInformationPresenterControlCreator() {
                        return focused;
                    }
                };
            }
            return new DefaultInformationControl(parent, EditorsUI.getTooltipAffordanceString(),
                    new HTMLTextPresenter(true)) {
                @Override
                public IInformationControlCreator getInformationPresenterControlCreator() {
                    return focused;
                }
            };
        }
    }

    /** The focused hover: resizable, and its quick-fix links apply the fix. */
    private static final class FocusedCreator extends AbstractReusableInformationControlCreator {

        private final IntPredicate runFix;

        FocusedCreator(IntPredicate runFix) {
            this.runFix = runFix;
        }

        @Override
        protected IInformationControl doCreateInformationControl(Shell parent) {
            if (!BrowserInformationControl.isAvailable(parent)) {
                // Without a browser there are no links; Ctrl+1 offers the same fixes.
                return new DefaultInformationControl(parent, true);
            }
            BrowserInformationControl control = new BrowserInformationControl(parent, JFaceResources.DIALOG_FONT, true);
            control.addLocationListener(new LocationAdapter() {
                @Override
                public void changing(LocationEvent event) {
                    if (event.location != null && event.location.startsWith(HoverHtml.FIX_SCHEME)) {
                        event.doit = false;
                        String number = event.location.substring(HoverHtml.FIX_SCHEME.length()).replaceAll("\\D", "");
                        if (!number.isEmpty() && runFix.test(Integer.parseInt(number))) {
                            control.dispose();
                        }
                    }
                }
            });
            return control;
        }
    }
}
