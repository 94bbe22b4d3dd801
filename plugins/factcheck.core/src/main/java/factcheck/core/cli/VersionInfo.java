package factcheck.core.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import picocli.CommandLine.IVersionProvider;

/**
 * The tool's version for {@code --version} and the reports: the core bundle's {@code Bundle-Version}
 * from the jar's manifest, or, when running from compiled classes, from the bundle's source manifest
 * (a {@code .qualifier} version then reads as a development build).
 */
public final class VersionInfo implements IVersionProvider {

    private static final String VERSION = find();

    /** The version, e.g. {@code 0.1.0.202611272058}, or {@code 0.1.0-dev}, or {@code unknown}. */
    public static String version() {
        return VERSION;
    }

    @Override
    public String[] getVersion() {
        return new String[] {
            "factcheck " + VERSION,
            "Java " + Runtime.version() + " (" + System.getProperty("java.vendor", "unknown vendor") + ")"
        };
    }

    private static String find() {
        try {
            Path location = Path.of(VersionInfo.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Manifest manifest = null;
            if (Files.isRegularFile(location)) {
                try (JarFile jar = new JarFile(location.toFile())) {
                    manifest = jar.getManifest();
                }
            } else {
                for (Path candidate : new Path[] {location.resolve("META-INF/MANIFEST.MF"),
                    location.resolve("../../META-INF/MANIFEST.MF")}) {
                    if (Files.isRegularFile(candidate)) {
                        try (InputStream in = Files.newInputStream(candidate)) {
                            manifest = new Manifest(in);
                        }
                        break;
                    }
                }
            }
            String version = manifest == null ? null : manifest.getMainAttributes().getValue("Bundle-Version");
            if (version == null) {
                return "unknown";
            }
            return version.endsWith(".qualifier") ? version.substring(0, version.length() - 10) + "-dev" : version;
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return "unknown";
        }
    }
}
