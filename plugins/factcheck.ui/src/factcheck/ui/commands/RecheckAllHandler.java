package factcheck.ui.commands;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.ResourcesPlugin;

/** "Re-check All Articles" (the Fact Check view's toolbar): every article of every open project. */
public final class RecheckAllHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        CheckArticleHandler.schedule(List.of(ResourcesPlugin.getWorkspace().getRoot().getProjects()));
        return null;
    }
}
