package factcheck.core.rules.sandbox;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The API rule packs may use, read from {@code allowed-api.txt} beside this class (its header explains
 * the line forms). Answers, for a resolved member (a method, constructor or field as the compiler bound
 * it), whether pack code may touch it.
 */
public final class ApiAllowlist {

    /** The file this class reads, for messages and the generated documentation. */
    public static final String RESOURCE = "allowed-api.txt";

    private static final ApiAllowlist STANDARD = load();

    private final Set<String> members = new HashSet<>();       // "Type#name", "Type#new", "Type#new(A,B)"
    private final Set<String> wildcards = new HashSet<>();     // "Type"
    private final Set<String> denied = new HashSet<>();        // "Type#name"
    private final List<String> deniedTypes = new ArrayList<>(); // name prefixes
    private final Set<String> mentionedTypes = new HashSet<>(); // owners of entries (the image filter asks often)
    private final List<String> lines;

    private ApiAllowlist(List<String> lines) {
        this.lines = List.copyOf(lines);
        for (String raw : lines) {
            String line = raw.replaceFirst("\\s+#.*$", "").strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("!type ")) {
                deniedTypes.add(line.substring(6).strip());
            } else if (line.startsWith("!")) {
                denied.add(line.substring(1));
            } else if (line.endsWith("#*")) {
                wildcards.add(line.substring(0, line.length() - 2));
            } else if (line.contains("#")) {
                members.add(line.replace(" ", ""));
            } else {
                throw new IllegalArgumentException(RESOURCE + ": not an allowlist line: " + raw);
            }
        }
        mentionedTypes.addAll(wildcards);
        members.forEach(m -> mentionedTypes.add(m.substring(0, m.indexOf('#'))));
    }

    /** The allowlist the engine ships. */
    public static ApiAllowlist standard() {
        return STANDARD;
    }

    /** The file's lines as written, comments included (the README's section is generated from them). */
    public List<String> lines() {
        return lines;
    }

    static ApiAllowlist parse(List<String> lines) {
        return new ApiAllowlist(lines);
    }

    private static ApiAllowlist load() {
        try (InputStream in = ApiAllowlist.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the engine");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new ApiAllowlist(reader.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether an entry names this type (as the owner of an allowed member or a wildcard). */
    public boolean mentionsType(String className) {
        return mentionedTypes.contains(className);
    }

    /**
     * Whether a type's name falls under a {@code !type} line: such values are capabilities (a class, a
     * thread, a stream, the session) that no rule may hold.
     */
    public boolean isDeniedType(Class<?> type) {
        Class<?> t = type;
        while (t.isArray()) {
            t = t.getComponentType();
        }
        String name = t.getName();
        return deniedTypes.stream().anyMatch(name::startsWith);
    }

    /** Whether pack code may call this method, reached through a receiver of static type {@code owner}. */
    public boolean allows(Class<?> owner, Method method) {
        return allowsMember(owner, method, method.getName(), method.getReturnType());
    }

    /** Whether pack code may call this constructor. */
    public boolean allows(Constructor<?> constructor) {
        Class<?> type = constructor.getDeclaringClass();
        String key = name(type) + "#new";
        if (denied.contains(key)) {
            return false;
        }
        String exact = key + Arrays.stream(constructor.getParameterTypes()).map(ApiAllowlist::name)
                .reduce((a, b) -> a + "," + b).map(s -> "(" + s + ")").orElse("()");
        if (members.contains(exact)) {
            return true;
        }
        boolean anyExact = members.stream().anyMatch(m -> m.startsWith(key + "("));
        return !anyExact && (members.contains(key) || wildcards.contains(name(type)) && !isDeniedType(type));
    }

    /** Whether pack code may read this field, reached through {@code owner}. */
    public boolean allows(Class<?> owner, Field field) {
        return allowsMember(owner, field, field.getName(), field.getType());
    }

    private boolean allowsMember(Class<?> owner, Member member, String name, Class<?> valueType) {
        Class<?> declaring = member.getDeclaringClass();
        if (denied.contains(name(declaring) + "#" + name) || denied.contains(name(owner) + "#" + name)) {
            return false;
        }
        if (!Modifier.isPublic(member.getModifiers())) {
            return false;
        }
        // An explicit entry on the owner or on any supertype that has the member (List#get covers
        // ArrayList.get): explicit entries are reviewed one by one, so they may return any type.
        for (Class<?> type : typeAndSupertypes(owner)) {
            if (members.contains(name(type) + "#" + name) && has(type, member)) {
                return true;
            }
        }
        // A wildcard admits what the type itself declares, never a capability.
        return wildcards.contains(name(declaring)) && !isDeniedType(valueType)
                && (!(member instanceof Executable e) || Arrays.stream(e.getParameterTypes()).noneMatch(this::isDeniedType));
    }

    /** Whether {@code type} declares or inherits {@code member} (same name and parameters). */
    private static boolean has(Class<?> type, Member member) {
        if (member instanceof Field f) {
            try {
                return type.getField(f.getName()) != null;
            } catch (NoSuchFieldException e) {
                return false;
            }
        }
        Method m = (Method) member;
        try {
            return type.getMethod(m.getName(), m.getParameterTypes()) != null;
        } catch (NoSuchMethodException e) {
            // interfaces do not list Object's methods in getMethod, but every value has them
            return type.isInterface() && Arrays.stream(Object.class.getMethods())
                    .anyMatch(o -> o.getName().equals(m.getName()) && Arrays.equals(o.getParameterTypes(), m.getParameterTypes()));
        }
    }

    static Set<Class<?>> typeAndSupertypes(Class<?> type) {
        Set<Class<?>> all = new LinkedHashSet<>();
        List<Class<?>> todo = new ArrayList<>(List.of(type));
        while (!todo.isEmpty()) {
            Class<?> t = todo.remove(0);
            if (t != null && all.add(t)) {
                todo.add(t.getSuperclass());
                todo.addAll(Arrays.asList(t.getInterfaces()));
            }
        }
        if (type.isInterface()) {
            all.add(Object.class);
        }
        return all;
    }

    /** Java source name: nested types with '$', arrays with []. */
    static String name(Class<?> type) {
        return type.isArray() ? name(type.getComponentType()) + "[]" : type.getName();
    }
}
