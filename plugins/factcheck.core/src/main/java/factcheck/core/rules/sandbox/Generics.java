package factcheck.core.rules.sandbox;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.HashMap;
import java.util.Map;

/**
 * Just enough generics for {@link ExprChecker} to know that {@code terms().get(0)} is a {@code Term}:
 * a member's declared type with the receiver's type arguments put in. Unknown type variables become
 * their bound (usually Object), which only narrows what an expression may call.
 */
final class Generics {

    private Generics() {
    }

    static Class<?> raw(Type t) {
        if (t instanceof Class<?> c) {
            return c;
        }
        if (t instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        if (t instanceof GenericArrayType g) {
            return java.lang.reflect.Array.newInstance(raw(g.getGenericComponentType()), 0).getClass();
        }
        if (t instanceof TypeVariable<?> v) {
            return raw(v.getBounds()[0]);
        }
        if (t instanceof WildcardType w) {
            return raw(w.getUpperBounds()[0]);
        }
        return Object.class;
    }

    /** {@code declared} (a member's type) as seen through a receiver of type {@code receiver}. */
    static Type resolve(Type receiver, Type declared) {
        if (!(declared instanceof TypeVariable<?> variable)) {
            return declared;
        }
        Map<TypeVariable<?>, Type> bindings = new HashMap<>();
        collect(receiver, bindings, 0);
        Type bound = bindings.get(variable);
        if (bound instanceof TypeVariable<?> || bound == null) {
            return raw(declared);
        }
        return bound instanceof WildcardType w ? w.getUpperBounds()[0] : bound;
    }

    /** The type arguments of {@code type} and of every generic supertype it names. */
    private static void collect(Type type, Map<TypeVariable<?>, Type> bindings, int depth) {
        if (depth > 20 || type == null) {
            return;
        }
        Class<?> raw = raw(type);
        if (type instanceof ParameterizedType p) {
            TypeVariable<?>[] vars = raw.getTypeParameters();
            Type[] args = p.getActualTypeArguments();
            for (int i = 0; i < vars.length && i < args.length; i++) {
                Type arg = args[i] instanceof TypeVariable<?> tv && bindings.containsKey(tv) ? bindings.get(tv) : args[i];
                bindings.putIfAbsent(vars[i], arg);
            }
        }
        collect(substituted(raw.getGenericSuperclass(), bindings), bindings, depth + 1);
        for (Type i : raw.getGenericInterfaces()) {
            collect(substituted(i, bindings), bindings, depth + 1);
        }
    }

    private static Type substituted(Type type, Map<TypeVariable<?>, Type> bindings) {
        if (!(type instanceof ParameterizedType p)) {
            return type;
        }
        Type[] args = p.getActualTypeArguments().clone();
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof TypeVariable<?> tv && bindings.containsKey(tv)) {
                args[i] = bindings.get(tv);
            }
        }
        return new Parameterized((Class<?>) p.getRawType(), args);
    }

    private record Parameterized(Class<?> rawType, Type[] args) implements ParameterizedType {
        @Override
        public Type[] getActualTypeArguments() {
            return args.clone();
        }

        @Override
        public Type getRawType() {
            return rawType;
        }

        @Override
        public Type getOwnerType() {
            return null;
        }
    }
}
