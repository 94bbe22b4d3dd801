package factcheck.core.rules;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A rule pack inside a jar (a rule-pack bundle): the pack root is the folder of the jar holding
 * {@code pack.yaml}, found at the root or one level down.
 */
public final class JarPackSource implements PackSource {

    private final Path jar;
    private final String prefix;
    private final boolean trustImage;

    public JarPackSource(Path jar) throws IOException {
        this(jar, false);
    }

    /**
     * @param trustImage whether to use the precompiled image the jar may hold beside its pack folder
     *                   ({@code pack/} → {@code pack.kbin}): only for jars our own build made, such as
     *                   the installed standard pack
     */
    public JarPackSource(Path jar, boolean trustImage) throws IOException {
        this.jar = jar;
        this.prefix = findPrefix(jar);
        this.trustImage = trustImage;
    }

    /** Where a pack's image sits in a jar or bundle whose pack folder is {@code prefix} ("" or "dir/"). */
    public static String imageEntry(String prefix) {
        return prefix.isEmpty() ? "pack" + PackImage.SUFFIX : prefix.substring(0, prefix.length() - 1) + PackImage.SUFFIX;
    }

    private static String findPrefix(Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            String best = null;
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                String name = e.getName();
                if (name.endsWith(RulePackLoader.PACK_FILE)
                        && name.chars().filter(c -> c == '/').count() <= 1
                        && (best == null || name.length() < best.length())) {
                    best = name;
                }
            }
            if (best == null) {
                throw new IOException(jar + " holds no " + RulePackLoader.PACK_FILE + ": not a rule pack");
            }
            return best.substring(0, best.length() - RulePackLoader.PACK_FILE.length());
        }
    }

    @Override
    public String location() {
        return jar + "!/" + prefix;
    }

    @Override
    public List<String> list() throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                if (!e.isDirectory() && e.getName().startsWith(prefix)) {
                    names.add(e.getName().substring(prefix.length()));
                }
            }
        }
        names.sort(null);
        return names;
    }

    @Override
    public InputStream openImage() throws IOException {
        if (!trustImage) {
            return null;
        }
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ZipEntry e = zip.getEntry(imageEntry(prefix));
            if (e == null) {
                return null;
            }
            try (InputStream in = zip.getInputStream(e)) {
                return new ByteArrayInputStream(in.readAllBytes());
            }
        }
    }

    @Override
    public InputStream open(String path) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ZipEntry e = zip.getEntry(prefix + path);
            if (e == null) {
                throw new IOException("no " + path + " in " + location());
            }
            try (InputStream in = zip.getInputStream(e)) {
                return new ByteArrayInputStream(in.readAllBytes());
            }
        }
    }
}
