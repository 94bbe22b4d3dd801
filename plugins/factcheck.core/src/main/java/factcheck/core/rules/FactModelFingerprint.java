package factcheck.core.rules;

import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A digest of the part of our fact model a pack's DRL can reach: the factcheck classes it imports
 * (by name, or through a wildcard import and a capitalised name in the text) or names fully
 * qualified in its code, the types of its globals, and every factcheck type their supertypes and
 * public members mention, transitively. Each class adds its supertypes, its public constructors,
 * methods and fields declared by factcheck code (JDK-inherited members are left out, so the digest
 * does not change with the JDK) and the values of its constants, which compiled code copies.
 *
 * <p>A precompiled image holds consequence bytecode linked against these signatures. If the engine's
 * fact model changed since the image was made (a team's pack bundle built against an older core), a
 * method the bytecode calls may be gone and the rule would fail only when it fires; with this digest
 * in the image key the engine compiles the DRL instead, which reports such a change as a compile error.
 */
final class FactModelFingerprint {

    private static final String OURS = "factcheck.";

    // \h, not \s: with (?m) a "\s*" after "^" would run across line breaks and backtrack quadratically.
    private static final Pattern IMPORT = Pattern.compile("(?m)^\\h*import\\h+(?:static\\h+|function\\h+|accumulate\\h+)?([\\w$]+(?:\\.[\\w$]+)*)(\\.\\*)?");
    private static final Pattern GLOBAL = Pattern.compile("(?m)^\\h*global\\h+([\\w.$]+)");
    private static final Pattern CAPITALISED = Pattern.compile("\\b[A-Z][A-Za-z0-9_]*\\b");
    /** A fully qualified name used in code without an import ("factcheck.core.kb.Precision.DAY"). */
    private static final Pattern QUALIFIED = Pattern.compile("\\bfactcheck(?:\\.[\\w$]+)+");

    private FactModelFingerprint() {
    }

    static String of(RulePack pack, ClassLoader loader) {
        Set<String> roots = new TreeSet<>();
        for (String drl : pack.drl().values()) {
            String code = DrlText.blankCommentsAndStrings(drl);
            Set<String> wildcards = new TreeSet<>();
            Matcher m = IMPORT.matcher(code);
            while (m.find()) {
                String name = m.group(1);
                if (m.group(2) != null) {
                    wildcards.add(name);
                } else {
                    roots.add(name);
                    // "import function a.b.C.f" and "import static a.b.C.f": the class is the prefix.
                    int dot = name.lastIndexOf('.');
                    if (dot > 0) {
                        roots.add(name.substring(0, dot));
                    }
                }
            }
            // A qualified name may end in a member or nested class: load() tries it from the right.
            Matcher q = QUALIFIED.matcher(code);
            while (q.find()) {
                String name = q.group();
                roots.add(name);
                for (int dot = name.lastIndexOf('.'); dot > 0; dot = name.lastIndexOf('.', dot - 1)) {
                    roots.add(name.substring(0, dot));
                }
            }
            Matcher g = GLOBAL.matcher(code);
            while (g.find()) {
                roots.add(g.group(1));
            }
            if (!wildcards.isEmpty()) {
                Matcher c = CAPITALISED.matcher(code);
                while (c.find()) {
                    for (String pkg : wildcards) {
                        roots.add(pkg + "." + c.group());
                    }
                }
            }
        }
        Set<String> lines = new TreeSet<>();
        Set<Class<?>> seen = new java.util.HashSet<>();
        Deque<Class<?>> work = new ArrayDeque<>();
        for (String name : roots) {
            if (name.startsWith(OURS)) {
                Class<?> c = load(name, loader);
                if (c != null && seen.add(c)) {
                    work.add(c);
                }
            }
        }
        while (!work.isEmpty()) {
            Class<?> c = work.poll();
            lines.add(describe(c));
            for (Class<?> t : mentioned(c)) {
                if (t.getName().startsWith(OURS) && seen.add(t)) {
                    work.add(t);
                }
            }
        }
        return Sha256.of(lines);
    }

    private static Class<?> load(String name, ClassLoader loader) {
        // Nested classes are written with '.' in DRL; try the binary name from the right.
        String candidate = name;
        while (true) {
            try {
                return Class.forName(candidate, false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                int dot = candidate.lastIndexOf('.');
                if (dot < 0) {
                    return null;
                }
                candidate = candidate.substring(0, dot) + "$" + candidate.substring(dot + 1);
                if (candidate.indexOf('.') < 0) {
                    return null;
                }
            }
        }
    }

    private static String describe(Class<?> c) {
        Set<String> members = new TreeSet<>();
        for (var k : c.getConstructors()) {
            members.add("new(" + names(k.getGenericParameterTypes()) + ")");
        }
        for (Method m : c.getMethods()) {
            if (ours(m)) {
                members.add((Modifier.isStatic(m.getModifiers()) ? "static " : "") + m.getGenericReturnType().getTypeName()
                        + " " + m.getName() + "(" + names(m.getGenericParameterTypes()) + ")");
            }
        }
        for (Field f : c.getFields()) {
            if (ours(f)) {
                members.add("field " + f.getGenericType().getTypeName() + " " + f.getName());
            }
        }
        for (Field f : c.getDeclaredFields()) {
            int m = f.getModifiers();
            // Compile-time constants are copied into the consequences' bytecode: their values count.
            if (Modifier.isPublic(m) && Modifier.isStatic(m) && Modifier.isFinal(m)
                    && (f.getType().isPrimitive() || f.getType() == String.class)) {
                try {
                    members.add("constant " + f.getName() + " = " + f.get(null));
                } catch (IllegalAccessException e) {
                    members.add("constant " + f.getName() + " = ?");
                }
            }
        }
        return c.getName() + (c.isInterface() ? " interface" : "") + " extends " + supertypes(c) + " {"
                + String.join("; ", members) + "}";
    }

    private static String supertypes(Class<?> c) {
        List<String> names = new java.util.ArrayList<>();
        if (c.getGenericSuperclass() != null) {
            names.add(c.getGenericSuperclass().getTypeName());
        }
        for (Type t : c.getGenericInterfaces()) {
            names.add(t.getTypeName());
        }
        return String.join(",", names);
    }

    private static boolean ours(Member m) {
        return m.getDeclaringClass().getName().startsWith(OURS);
    }

    private static String names(Type[] types) {
        return String.join(",", Arrays.stream(types).map(Type::getTypeName).toList());
    }

    /** Classes named by the public members' signatures (including type arguments such as List<Quote>). */
    private static List<Class<?>> mentioned(Class<?> c) {
        Set<String> names = new TreeSet<>();
        if (c.getGenericSuperclass() != null) {
            collect(names, new Type[] {c.getGenericSuperclass()});
        }
        collect(names, c.getGenericInterfaces());
        for (var k : c.getConstructors()) {
            collect(names, k.getGenericParameterTypes());
        }
        for (Method m : c.getMethods()) {
            if (ours(m)) {
                collect(names, m.getGenericParameterTypes());
                collect(names, new Type[] {m.getGenericReturnType()});
            }
        }
        for (Field f : c.getFields()) {
            if (ours(f)) {
                collect(names, new Type[] {f.getGenericType()});
            }
        }
        ClassLoader loader = c.getClassLoader();
        return names.stream().filter(n -> n.startsWith(OURS)).<Class<?>>map(n -> load(n, loader))
                .filter(k -> k != null).toList();
    }

    private static final Pattern TYPE_NAME = Pattern.compile("[\\w.$]+");

    private static void collect(Set<String> names, Type[] types) {
        for (Type t : types) {
            Matcher m = TYPE_NAME.matcher(t.getTypeName());
            while (m.find()) {
                names.add(m.group());
            }
        }
    }
}
