package factcheck.workspace.packs;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionPoint;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IRegistryEventListener;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.osgi.framework.Bundle;

import factcheck.core.rules.RulePack;
import factcheck.core.rules.RulePackLoader;

/**
 * The rule packs contributed through {@code factcheck.workspace.rulePacks}. Packs are read on first
 * use and again after a bundle contributing one is installed or removed at runtime.
 */
public final class RulePackRegistry implements IRegistryEventListener {

    public static final String EXTENSION_POINT = "factcheck.workspace.rulePacks";

    private final IExtensionRegistry registry;
    private volatile List<RulePack> packs;

    public RulePackRegistry(IExtensionRegistry registry) {
        this.registry = registry;
        registry.addListener(this, EXTENSION_POINT);
    }

    public RulePackRegistry() {
        this(Platform.getExtensionRegistry());
    }

    /** The contributed packs; a pack that cannot be read is logged and left out. */
    public List<RulePack> packs() {
        List<RulePack> current = packs;
        if (current == null) {
            current = read();
            packs = current;
        }
        return current;
    }

    private List<RulePack> read() {
        List<RulePack> result = new ArrayList<>();
        IExtensionPoint point = registry.getExtensionPoint(EXTENSION_POINT);
        if (point == null) {
            return result;
        }
        for (IConfigurationElement element : point.getConfigurationElements()) {
            String contributor = element.getContributor().getName();
            Bundle bundle = Platform.getBundle(contributor);
            String path = element.getAttribute("path");
            if (bundle == null || path == null) {
                continue;
            }
            try {
                result.add(RulePackLoader.load(new BundlePackSource(bundle, path)));
            } catch (IOException | RuntimeException e) {
                ILog.of(RulePackRegistry.class).log(Status.error(
                        "Cannot read rule pack " + path + " of " + contributor + ": " + e.getMessage(), e));
            }
        }
        return List.copyOf(result);
    }

    @Override
    public void added(IExtension[] extensions) {
        packs = null;
    }

    @Override
    public void removed(IExtension[] extensions) {
        packs = null;
    }

    @Override
    public void added(IExtensionPoint[] extensionPoints) {
        packs = null;
    }

    @Override
    public void removed(IExtensionPoint[] extensionPoints) {
        packs = null;
    }

    public void dispose() {
        registry.removeListener(this);
    }
}
