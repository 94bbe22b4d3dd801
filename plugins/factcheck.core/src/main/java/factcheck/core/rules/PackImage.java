package factcheck.core.rules;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.kie.api.definition.KiePackage;

/**
 * A rule pack's DRL compiled ahead of time: the KiePackages a KnowledgeBuilder produced (rule
 * network definitions plus the consequences' bytecode), serialized with Drools' own streams. Loading
 * an image skips parsing the DRL and compiling Java with ECJ, which is most of a cold start.
 *
 * <p>An image is only a cache of the DRL it was made from: it records a digest of the pack's id and
 * DRL sources, a {@link FactModelFingerprint} of the fact model classes the DRL can reach, and the
 * Drools version that wrote it, and {@link RuleEngine} uses it only when all three match the pack and
 * the engine at hand; otherwise it compiles the DRL as usual. Because an image carries
 * bytecode that bypasses the DRL import allowlist, packs take images only from trusted places (the
 * build output of an installed bundle or of this product), never from a user's pack folder.
 *
 * <p>Format: {@code MAGIC}, then (DataOutput) the pack id, the DRL digest, the fact model digest, the
 * Drools version, and the length and bytes of the serialized {@code List<KiePackage>}; then, in
 * images made since globals were shipped, {@code 'G'}, a count and each global's name, length and
 * bytes (what {@link PackGlobal#shipped} made: e.g. the knowledge base parsed and checked, which
 * loads several times faster than its files; each global checks that it fits the pack's data).
 *
 * @param packId        the pack's id
 * @param drlDigest     {@link #digest(RulePack)} of the pack it was made from
 * @param factModel     the {@link FactModelFingerprint} of the classes it was compiled against
 * @param droolsVersion the Drools version that compiled and serialized it
 * @param packages      the serialized packages
 * @param globals       what the build shipped for the pack's globals, by global name (may be empty)
 */
public record PackImage(String packId, String drlDigest, String factModel, String droolsVersion, byte[] packages,
        Map<String, byte[]> globals) {

    public PackImage {
        globals = Map.copyOf(globals);
    }

    /** An image that ships nothing for the globals. */
    public PackImage(String packId, String drlDigest, String factModel, String droolsVersion, byte[] packages) {
        this(packId, drlDigest, factModel, droolsVersion, packages, Map.of());
    }

    /** The same image shipping {@code shipped} for the globals. */
    public PackImage withGlobals(Map<String, byte[]> shipped) {
        return new PackImage(packId, drlDigest, factModel, droolsVersion, packages, shipped);
    }

    /** File name suffix of images; an image sits beside its pack folder: {@code pack/} → {@code pack.kbin}. */
    public static final String SUFFIX = ".kbin";

    private static final String MAGIC = "factcheck-pack-image/2";

    /**
     * Classes the image's stream may name: Drools' and MVEL's rule definitions, our fact model, the
     * JDK collections and locks Drools' definitions are made of, and the JDK value types the rule API
     * lets rules name (their class descriptors appear where a declaration has that type); anything else
     * stops the read. This catches a damaged or foreign file early. It is no security boundary on its
     * own: Drools reads the consequences' bytecode through a nested stream of its own that this filter
     * does not see; that bytecode passes the sandbox's check before it is loaded, and images are taken
     * only from trusted places (see the class comment).
     */
    private static final ObjectInputFilter FILTER = PackImage::admit;

    /** JDK classes Drools' serialized rule definitions are built from. */
    private static final java.util.Set<String> JDK_PARTS = java.util.Set.of("java.lang.Object", "java.lang.String",
            "java.lang.Enum", "java.lang.Number", "java.lang.Boolean", "java.lang.Integer", "java.lang.Long",
            "java.lang.Double", "java.lang.Character", "java.util.ArrayList", "java.util.LinkedList", "java.util.HashMap",
            "java.util.HashSet", "java.util.IdentityHashMap", "java.util.LinkedHashMap", "java.util.LinkedHashSet",
            "java.util.TreeMap", "java.util.TreeSet", "java.util.List", "java.util.Map", "java.util.Map$Entry",
            "java.util.Set", "java.util.Collections$EmptyList", "java.util.Collections$EmptyMap",
            "java.util.Collections$EmptySet", "java.util.Collections$SynchronizedMap",
            "java.util.Collections$UnmodifiableMap", "java.util.Collections$UnmodifiableList",
            "java.util.Collections$UnmodifiableRandomAccessList", "java.util.Collections$UnmodifiableSet",
            "java.util.concurrent.ConcurrentHashMap", "java.util.concurrent.ConcurrentHashMap$CollectionView",
            "java.util.concurrent.ConcurrentHashMap$KeySetView", "java.util.concurrent.ConcurrentHashMap$Segment",
            "java.util.concurrent.locks.AbstractOwnableSynchronizer",
            "java.util.concurrent.locks.AbstractQueuedSynchronizer", "java.util.concurrent.locks.ReentrantLock",
            "java.util.concurrent.locks.ReentrantLock$NonfairSync", "java.util.concurrent.locks.ReentrantLock$Sync",
            "java.util.Comparator", "java.util.Locale");

    private static ObjectInputFilter.Status admit(ObjectInputFilter.FilterInfo info) {
        Class<?> type = info.serialClass();
        if (type == null) {
            return info.depth() > 500 || info.arrayLength() > 50_000_000 ? ObjectInputFilter.Status.REJECTED
                    : ObjectInputFilter.Status.UNDECIDED;
        }
        while (type.isArray()) {
            type = type.getComponentType();
        }
        String name = type.getName();
        boolean ours = type.isPrimitive() || name.startsWith("org.drools.") || name.startsWith("org.kie.")
                || name.startsWith("org.mvel2.") || name.startsWith("factcheck.");
        boolean allowed = ours || JDK_PARTS.contains(name)
                || factcheck.core.rules.sandbox.ApiAllowlist.standard().mentionsType(name);
        return allowed ? ObjectInputFilter.Status.ALLOWED : ObjectInputFilter.Status.REJECTED;
    }

    /**
     * Compiles nothing: wraps packages a KnowledgeBuilder produced for the pack.
     *
     * @param loader the class loader the packages were compiled against (for the fact model digest)
     */
    public static PackImage of(RulePack pack, Collection<KiePackage> compiled, ClassLoader loader) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DroolsObjectOutputStream out = new DroolsObjectOutputStream(bytes)) {
            out.writeObject(new ArrayList<>(compiled));
        }
        return new PackImage(pack.id(), digest(pack), FactModelFingerprint.of(pack, loader), currentDroolsVersion(),
                bytes.toByteArray());
    }

    /**
     * Whether this image was made from exactly this pack's DRL, against the fact model that
     * {@code loader} sees, by the Drools version in use.
     */
    public boolean matches(RulePack pack, ClassLoader loader) {
        return matches(pack, loader, digest(pack));
    }

    /** As {@link #matches(RulePack, ClassLoader)}, with the pack's {@link #digest} already made. */
    boolean matches(RulePack pack, ClassLoader loader, String packDigest) {
        // An unknown version could be any version: never trust it.
        return packId.equals(pack.id()) && drlDigest.equals(packDigest) && !"unknown".equals(droolsVersion)
                && droolsVersion.equals(currentDroolsVersion()) && factModel.equals(FactModelFingerprint.of(pack, loader));
    }

    /** The compiled packages, their classes resolved through {@code loader}. */
    @SuppressWarnings("unchecked")
    public List<KiePackage> packages(ClassLoader loader) throws IOException {
        try (DroolsObjectInputStream in = new DroolsObjectInputStream(new ByteArrayInputStream(packages), loader)) {
            in.setObjectInputFilter(FILTER);
            Object read = in.readObject();
            if (!(read instanceof List<?> list) || !list.stream().allMatch(KiePackage.class::isInstance)) {
                throw new IOException("image of " + packId + " does not hold a list of KiePackages");
            }
            return (List<KiePackage>) read;
        } catch (ClassNotFoundException e) {
            throw new IOException("image of " + packId + " needs a class this engine lacks: " + e.getMessage(), e);
        }
    }

    public void write(OutputStream target) throws IOException {
        DataOutputStream out = new DataOutputStream(target);
        out.writeUTF(MAGIC);
        out.writeUTF(packId);
        out.writeUTF(drlDigest);
        out.writeUTF(factModel);
        out.writeUTF(droolsVersion);
        out.writeInt(packages.length);
        out.write(packages);
        if (!globals.isEmpty()) {
            out.writeByte(GLOBALS);
            out.writeInt(globals.size());
            for (var e : new TreeMap<>(globals).entrySet()) {
                out.writeUTF(e.getKey());
                out.writeInt(e.getValue().length);
                out.write(e.getValue());
            }
        }
        out.flush();
    }

    public static PackImage read(InputStream source) throws IOException {
        DataInputStream in = new DataInputStream(source);
        String magic;
        try {
            magic = in.readUTF();
        } catch (IOException e) {
            throw new IOException("not a rule pack image (" + e.getMessage() + ")", e);
        }
        if (!MAGIC.equals(magic)) {
            throw new IOException("not a rule pack image (it starts with something other than " + MAGIC + ")");
        }
        String id = in.readUTF();
        String digest = in.readUTF();
        String factModel = in.readUTF();
        String version = in.readUTF();
        int length = in.readInt();
        if (length < 0) {
            throw new IOException("rule pack image of " + id + " is damaged (negative length)");
        }
        byte[] packages = in.readNBytes(length);
        if (packages.length != length) {
            throw new IOException("rule pack image of " + id + " is truncated (" + packages.length + " of " + length
                    + " bytes)");
        }
        return new PackImage(id, digest, factModel, version, packages, readGlobals(in, id));
    }

    private static final int GLOBALS = 'G';

    /** The shipped globals after the packages; none in an image that ends there. */
    private static Map<String, byte[]> readGlobals(DataInputStream in, String id) throws IOException {
        int marker = in.read();
        if (marker == -1) {
            return Map.of();
        }
        if (marker != GLOBALS) {
            throw new IOException("rule pack image of " + id + " is damaged (unknown section after the packages)");
        }
        int count = in.readInt();
        if (count < 0 || count > 100) {
            throw new IOException("rule pack image of " + id + " is damaged (" + count + " globals)");
        }
        Map<String, byte[]> globals = new java.util.HashMap<>();
        for (int i = 0; i < count; i++) {
            String name = in.readUTF();
            int length = in.readInt();
            byte[] bytes = length < 0 ? new byte[0] : in.readNBytes(length);
            if (length < 0 || bytes.length != length) {
                throw new IOException("rule pack image of " + id + " is truncated (global " + name + ")");
            }
            globals.put(name, bytes);
        }
        return globals;
    }

    /** SHA-256 over the pack id, the sandbox's allowlist and every DRL file's path and text, in path order. */
    public static String digest(RulePack pack) {
        // the allowlist too: an image's DRL was checked against the allowlist of the build that made it
        List<String> parts = new ArrayList<>(List.of(pack.id(), String.join("\n",
                factcheck.core.rules.sandbox.ApiAllowlist.standard().lines())));
        new TreeMap<>(pack.drl()).forEach((path, text) -> {
            parts.add(path);
            parts.add(text);
        });
        return Sha256.of(parts);
    }

    /** The version of the embedded drools-core, from its Maven metadata ("unknown" if absent). */
    public static String currentDroolsVersion() {
        return DroolsVersion.VALUE;
    }

    /** Read once: the version cannot change while the engine runs. */
    private static final class DroolsVersion {
        static final String VALUE = load();

        private static String load() {
            try (InputStream in = DroolsObjectInputStream.class.getClassLoader()
                    .getResourceAsStream("META-INF/maven/org.drools/drools-core/pom.properties")) {
                if (in == null) {
                    return "unknown";
                }
                Properties p = new Properties();
                p.load(in);
                return p.getProperty("version", "unknown");
            } catch (IOException e) {
                return "unknown";
            }
        }
    }
}
