package factcheck.workspace.packs;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.runtime.IPath;

import factcheck.core.rules.Diagnostic;
import factcheck.core.rules.DirectoryPackSource;
import factcheck.core.rules.RulePack;
import factcheck.core.rules.RulePackLoader;

/**
 * Workspace packs: the folder {@value #FOLDER} of a project, when it holds a {@code pack.yaml}, is a
 * rule pack for that project's articles only. Packs are read on first use and again after the
 * builder saw a change under the folder ({@link #forget}); reading happens in the builder's job,
 * never on the UI thread.
 */
public final class ProjectPacks {

    /** Project-relative folder of a workspace pack. */
    public static final String FOLDER = ".factcheck/rules";

    private final Map<String, Optional<RulePack>> packs = new ConcurrentHashMap<>();

    /**
     * The project's pack, or empty when it has none; a pack.yaml that cannot be read is a diagnostic,
     * and so is a pack the user has not trusted ({@link ProjectPackTrust}): it is not run.
     */
    public Optional<RulePack> pack(IProject project) {
        if (project == null) {
            return Optional.empty();
        }
        return packs.computeIfAbsent(project.getName(), n -> read(project).map(p -> trusted(project, p)));
    }

    /** Message of the diagnostic an untrusted pack carries (on its pack.yaml). */
    public static final String NOT_TRUSTED = "this project's own rule pack is not run: it came with the project, and runs"
            + " only once you trust it (Project > Properties > Fact Check)";

    private static RulePack trusted(IProject project, RulePack pack) {
        if (!pack.diagnostics().isEmpty() || ProjectPackTrust.allows(project, pack)) {
            return pack;
        }
        return new RulePack(pack.id(), pack.name(), pack.version(), pack.location(), Map.of(), Map.of(), Map.of(),
                java.util.List.of(new Diagnostic(pack.id(), RulePackLoader.PACK_FILE, 1, 0, NOT_TRUSTED)));
    }

    /** Drops what was read of the project's pack; the next {@link #pack} reads it again. */
    public void forget(IProject project) {
        packs.remove(project.getName());
    }

    /** Drops what was read of every project's pack (the trust prompt has arrived). */
    public void forgetAll() {
        packs.clear();
    }

    /** Whether the project has a pack of its own (a pack.yaml in {@value #FOLDER}). */
    public static boolean exists(IProject project) {
        return project != null && project.isAccessible() && folder(project).getFile(RulePackLoader.PACK_FILE).exists();
    }

    /** The folder of the project's pack (which may not exist). */
    public static IFolder folder(IProject project) {
        return project.getFolder(IPath.fromOSString(FOLDER));
    }

    /** Whether the delta touches the project's pack folder. */
    public static boolean touchesPack(IResourceDelta delta) {
        return delta.findMember(IPath.fromOSString(FOLDER)) != null;
    }

    private static Optional<RulePack> read(IProject project) {
        IFolder folder = folder(project);
        if (!folder.getFile(RulePackLoader.PACK_FILE).exists() || folder.getLocation() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(RulePackLoader.load(new DirectoryPackSource(folder.getLocation().toPath())));
        } catch (IOException | RuntimeException e) {
            // e.g. pack.yaml without an id: the whole pack is unusable, say so on pack.yaml
            String id = "project:" + project.getName();
            return Optional.of(new RulePack(id, id, "0", folder.getFullPath().toString(), Map.of(), Map.of(), Map.of(),
                    java.util.List.of(new Diagnostic(id, RulePackLoader.PACK_FILE, 1, 0, e.getMessage()))));
        }
    }
}
