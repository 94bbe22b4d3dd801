package factcheck.workspace.packs;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;

import org.osgi.framework.Bundle;

import factcheck.core.rules.JarPackSource;
import factcheck.core.rules.PackSource;

/**
 * A rule pack folder inside a bundle, read with Bundle.findEntries (works for jars and folders). An
 * installed bundle is code the user chose to install, so the precompiled image its build put beside
 * the folder ({@code pack/} → {@code pack.kbin}) is trusted like the bundle's classes.
 */
final class BundlePackSource implements PackSource {

    private final Bundle bundle;
    private final String root;

    BundlePackSource(Bundle bundle, String path) {
        this.bundle = bundle;
        String p = path.startsWith("/") ? path.substring(1) : path;
        this.root = p.endsWith("/") ? p : p + "/";
    }

    @Override
    public String location() {
        return bundle.getSymbolicName() + "/" + root;
    }

    @Override
    public List<String> list() throws IOException {
        List<String> files = new ArrayList<>();
        Enumeration<URL> entries = bundle.findEntries(root, "*", true);
        if (entries == null) {
            throw new IOException("bundle " + bundle.getSymbolicName() + " has no folder " + root);
        }
        while (entries.hasMoreElements()) {
            String path = entries.nextElement().getPath();
            if (path.startsWith("/")) {
                path = path.substring(1);
            }
            if (!path.endsWith("/") && path.startsWith(root)) {
                files.add(path.substring(root.length()));
            }
        }
        files.sort(null);
        return files;
    }

    @Override
    public InputStream openImage() throws IOException {
        URL url = bundle.getEntry(JarPackSource.imageEntry(root));
        return url == null ? null : url.openStream();
    }

    @Override
    public InputStream open(String path) throws IOException {
        URL url = bundle.getEntry(root + path);
        if (url == null) {
            throw new IOException("no " + path + " in " + location());
        }
        return url.openStream();
    }
}
