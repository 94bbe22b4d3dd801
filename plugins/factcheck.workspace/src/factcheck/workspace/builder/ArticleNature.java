package factcheck.workspace.builder;

import java.util.Arrays;

import org.eclipse.core.resources.ICommand;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IProjectNature;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;

/** The fact-check nature: a project with it gets {@link ArticleBuilder} on its build spec. */
public final class ArticleNature implements IProjectNature {

    public static final String ID = "factcheck.workspace.nature";

    private IProject project;

    /** Adds the nature (and so the builder) to the project; nothing when it has it already. */
    public static void addTo(IProject project, IProgressMonitor monitor) throws CoreException {
        IProjectDescription description = project.getDescription();
        if (description.hasNature(ID)) {
            return;
        }
        String[] natures = Arrays.copyOf(description.getNatureIds(), description.getNatureIds().length + 1);
        natures[natures.length - 1] = ID;
        description.setNatureIds(natures);
        project.setDescription(description, monitor);
    }

    /** Removes the nature (and so the builder and, through the builder's clean, nothing else). */
    public static void removeFrom(IProject project, IProgressMonitor monitor) throws CoreException {
        IProjectDescription description = project.getDescription();
        if (!description.hasNature(ID)) {
            return;
        }
        description.setNatureIds(Arrays.stream(description.getNatureIds()).filter(n -> !n.equals(ID))
                .toArray(String[]::new));
        project.setDescription(description, monitor);
    }

    @Override
    public void configure() throws CoreException {
        IProjectDescription description = project.getDescription();
        ICommand[] commands = description.getBuildSpec();
        for (ICommand command : commands) {
            if (ArticleBuilder.ID.equals(command.getBuilderName())) {
                return;
            }
        }
        ICommand command = description.newCommand();
        command.setBuilderName(ArticleBuilder.ID);
        ICommand[] spec = Arrays.copyOf(commands, commands.length + 1);
        spec[commands.length] = command;
        description.setBuildSpec(spec);
        project.setDescription(description, null);
    }

    @Override
    public void deconfigure() throws CoreException {
        IProjectDescription description = project.getDescription();
        description.setBuildSpec(Arrays.stream(description.getBuildSpec())
                .filter(c -> !ArticleBuilder.ID.equals(c.getBuilderName())).toArray(ICommand[]::new));
        project.setDescription(description, null);
    }

    @Override
    public IProject getProject() {
        return project;
    }

    @Override
    public void setProject(IProject project) {
        this.project = project;
    }
}
