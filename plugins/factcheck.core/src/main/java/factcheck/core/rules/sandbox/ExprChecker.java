package factcheck.core.rules.sandbox;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import factcheck.core.rules.sandbox.ExprLexer.Kind;
import factcheck.core.rules.sandbox.ExprLexer.LexException;
import factcheck.core.rules.sandbox.ExprLexer.Tok;

/**
 * Type-checks one MVEL expression of a rule's conditions (a constraint or a {@code from} source) and
 * checks every member it resolves against the {@link ApiAllowlist}. MVEL interprets these
 * expressions at run time, so there is no bytecode to check; instead this resolves each name the way
 * MVEL would (bound variables, globals, the pattern's properties, imported classes, the pack's
 * functions) and, where MVEL could pick among several members (overloads, a getter or a field), requires
 * every one of them to be allowed. Whatever it cannot resolve is refused: a pack gets through only
 * with conditions whose every call is known.
 */
final class ExprChecker {

    /** Names an expression can see. */
    interface Scope {
        /** A bound variable's or global's type, or null. */
        Type variable(String name);

        /** A class by simple (imported) or qualified name, or null. */
        Class<?> type(String name);

        /** A function of the pack by name (its return type), or null. */
        Type function(String name);

        /** The pattern's type (implicit {@code this}), or null outside a pattern. */
        Class<?> thisType();

        /** Whether the pack declares this type itself (its members are the pack's own). */
        boolean declares(Class<?> type);
    }

    /** Why an expression is refused: the symbol and what is wrong with it. */
    static final class Refusal extends Exception {
        private static final long serialVersionUID = 1L;
        final String symbol;

        Refusal(String symbol, String message) {
            super(message);
            this.symbol = symbol;
        }
    }

    /** A checked constraint: its binding ({@code $x : ...}), if any, and the bound value's type. */
    record Result(String binding, Type bindingType) {
    }

    /** The type of {@code null}, which fits anything. */
    private static final Class<?> NULL = Void.class;

    private static final List<String> WORD_OPERATORS = List.of("in", "matches", "contains", "memberOf", "soundslike",
            "excludes");

    private final ApiAllowlist allowlist;
    private final Scope scope;
    private List<Tok> toks;
    private int pos;

    ExprChecker(ApiAllowlist allowlist, Scope scope) {
        this.allowlist = allowlist;
        this.scope = scope;
    }

    Result check(String expression) throws Refusal {
        try {
            toks = ExprLexer.lex(expression);
        } catch (LexException e) {
            throw new Refusal(expression.strip(), e.getMessage());
        }
        pos = 0;
        String binding = null;
        if (peek().kind() == Kind.IDENT && toks.get(pos + 1).is(":")) {
            binding = next().text();
            next();
        }
        int start = pos;
        Type type = expr();
        Type bound = type;
        if (binding != null) {
            // "$x : a.b > 3" binds $x to a.b: retype the leftmost operand alone
            int end = pos;
            pos = start;
            bound = additive();
            pos = end;
        }
        if (peek().kind() != Kind.END) {
            throw new Refusal(peek().text(), "unexpected '" + peek().text() + "' in a rule's condition");
        }
        return new Result(binding, bound);
    }

    private Tok peek() {
        return toks.get(pos);
    }

    private Tok next() {
        return toks.get(pos++);
    }

    private boolean accept(String op) {
        if (peek().is(op)) {
            pos++;
            return true;
        }
        return false;
    }

    private void expect(String op) throws Refusal {
        if (!accept(op)) {
            throw new Refusal(peek().text(), "expected '" + op + "' but found '" + peek().text() + "'");
        }
    }

    private Type expr() throws Refusal {
        Type t = or();
        if (accept("?")) {
            Type a = expr();
            expect(":");
            Type b = expr();
            return a == NULL ? b : a;
        }
        return t;
    }

    private Type or() throws Refusal {
        Type t = and();
        while (accept("||")) {
            and();
            t = boolean.class;
        }
        return t;
    }

    private Type and() throws Refusal {
        Type t = relational();
        while (accept("&&")) {
            relational();
            t = boolean.class;
        }
        return t;
    }

    private Type relational() throws Refusal {
        if (isRelationalOperator()) {
            throw new Refusal(peek().text(), "write both sides of the comparison ('x > 1 && x < 5', not 'x > 1 && < 5')");
        }
        Type t = additive();
        while (true) {
            if (accept("==") || accept("!=") || accept("<=") || accept(">=") || accept("<") || accept(">")) {
                additive();
                t = boolean.class;
            } else if (peek().kind() == Kind.IDENT && (WORD_OPERATORS.contains(peek().text())
                    || peek().is("not") && WORD_OPERATORS.contains(toks.get(pos + 1).text()))) {
                accept("not");
                String op = next().text();
                if (op.equals("in")) {
                    expect("(");
                    do {
                        expr();
                    } while (accept(","));
                    expect(")");
                } else {
                    additive();
                }
                t = boolean.class;
            } else if (peek().is("instanceof")) {
                next();
                typeName();
                t = boolean.class;
            } else if (peek().is("str") && toks.get(pos + 1).is("[")) {
                next();
                expect("[");
                next();
                expect("]");
                additive();
                t = boolean.class;
            } else {
                return t;
            }
        }
    }

    private boolean isRelationalOperator() {
        Tok t = peek();
        return t.kind() == Kind.OP && List.of("==", "!=", "<", ">", "<=", ">=").contains(t.text());
    }

    private Type additive() throws Refusal {
        Type t = multiplicative();
        while (peek().is("+") || peek().is("-")) {
            boolean plus = next().is("+");
            Type u = multiplicative();
            if (plus && (raw(t) == String.class || raw(u) == String.class)) {
                t = String.class;
            }
        }
        return t;
    }

    private Type multiplicative() throws Refusal {
        Type t = unary();
        while (accept("*") || accept("/") || accept("%")) {
            unary();
        }
        return t;
    }

    private Type unary() throws Refusal {
        if (accept("!")) {
            unary();
            return boolean.class;
        }
        if (accept("-") || accept("+")) {
            return unary();
        }
        if (peek().is("(")) {
            Class<?> cast = castAhead();
            if (cast != null) {
                return cast;
            }
        }
        return postfix(primary());
    }

    /** "(Type) operand": a cast when the parenthesis holds only a known class name. */
    private Class<?> castAhead() throws Refusal {
        int save = pos;
        next();
        StringBuilder name = new StringBuilder();
        while (peek().kind() == Kind.IDENT) {
            name.append(next().text());
            if (!accept(".")) {
                break;
            }
            name.append('.');
        }
        Class<?> type = name.length() > 0 && peek().is(")") ? scope.type(name.toString()) : null;
        if (type != null && scope.variable(name.toString()) == null) {
            next();
            Tok after = peek();
            if (after.kind() == Kind.IDENT || after.kind() == Kind.NUMBER || after.kind() == Kind.STRING || after.is("(")) {
                unary();
                return type;
            }
        }
        pos = save;
        return null;
    }

    private Type primary() throws Refusal {
        Tok t = next();
        switch (t.kind()) {
            case NUMBER:
                return number(t.text());
            case STRING:
                return String.class;
            case OP:
                if (t.is("(")) {
                    Type inner = expr();
                    expect(")");
                    return inner;
                }
                if (t.is("[")) {
                    if (!peek().is("]")) {
                        do {
                            expr();
                        } while (accept(","));
                    }
                    expect("]");
                    return List.class;
                }
                throw new Refusal(t.text(), "unexpected '" + t.text() + "' in a rule's condition");
            case IDENT:
                return identifier(t.text());
            default:
                throw new Refusal("", "the condition ends too early");
        }
    }

    private Type identifier(String name) throws Refusal {
        switch (name) {
            case "true", "false":
                return boolean.class;
            case "null", "nil", "empty":
                return NULL;
            case "this":
                if (scope.thisType() == null) {
                    throw new Refusal("this", "'this' outside a pattern");
                }
                return scope.thisType();
            case "new":
                return construct();
            default:
                break;
        }
        if (peek().is("(")) {
            Type function = scope.function(name);
            if (function != null) {
                arguments();
                return function;
            }
            if (scope.thisType() != null) {
                return call(scope.thisType(), scope.thisType(), name, false);
            }
            throw new Refusal(name, "unknown function " + name);
        }
        Type variable = scope.variable(name);
        if (variable != null) {
            return variable;
        }
        if (scope.thisType() != null && hasProperty(scope.thisType(), name)) {
            return property(scope.thisType(), name);
        }
        return staticAccess(name);
    }

    /** A class named by a simple or qualified name, then one static member of it. */
    private Type staticAccess(String first) throws Refusal {
        StringBuilder name = new StringBuilder(first);
        Class<?> type = scope.type(first);
        while (type == null && peek().is(".") && toks.get(pos + 1).kind() == Kind.IDENT) {
            next();
            name.append('.').append(next().text());
            type = scope.type(name.toString());
        }
        if (type == null) {
            throw new Refusal(first, "unknown name " + first);
        }
        while (true) {
            if (!accept(".")) {
                throw new Refusal(type.getName(), "a class may only be used for its static members here");
            }
            String member = next().text();
            if (member.equals("class")) {
                throw new Refusal(type.getName() + ".class", "class literals are not allowed in rule packs");
            }
            Class<?> nested = scope.type(type.getName() + "$" + member);
            if (nested != null && !peek().is("(")) {
                type = nested;
                continue;
            }
            if (peek().is("(")) {
                return call(type, type, member, true);
            }
            return staticField(type, member);
        }
    }

    private Type staticField(Class<?> type, String name) throws Refusal {
        try {
            Field f = type.getField(name);
            if (!Modifier.isStatic(f.getModifiers())) {
                throw new Refusal(symbol(type, name), "not a static field");
            }
            if (!allowed(type, f)) {
                throw new Refusal(symbol(type, name), "not in the rule API");
            }
            return f.getGenericType();
        } catch (NoSuchFieldException e) {
            throw new Refusal(symbol(type, name), "no public static field " + name);
        }
    }

    private Type construct() throws Refusal {
        Class<?> type = typeName();
        int count = arguments();
        List<Constructor<?>> constructors = Arrays.stream(type.getConstructors())
                .filter(c -> arityFits(c.getParameterCount(), c.isVarArgs(), count)).toList();
        if (constructors.isEmpty()) {
            throw new Refusal(type.getName() + ".new", "no public constructor with " + count + " arguments");
        }
        for (Constructor<?> c : constructors) {
            if (!allowed(c)) {
                throw new Refusal(type.getName() + ".new", "not in the rule API");
            }
        }
        return type;
    }

    private Class<?> typeName() throws Refusal {
        StringBuilder name = new StringBuilder(next().text());
        Class<?> type = scope.type(name.toString());
        while (peek().is(".")) {
            next();
            name.append('.').append(next().text());
            Class<?> longer = scope.type(name.toString());
            if (longer == null && type != null) {
                longer = scope.type(type.getName() + "$" + toks.get(pos - 1).text());
            }
            type = longer;
        }
        if (type == null) {
            throw new Refusal(name.toString(), "unknown class " + name);
        }
        return type;
    }

    private Type postfix(Type t) throws Refusal {
        while (true) {
            if (accept(".") || accept("!.")) {
                Tok member = next();
                if (member.kind() != Kind.IDENT) {
                    throw new Refusal(member.text(), "expected a member name after '.'");
                }
                if (member.text().equals("class")) {
                    throw new Refusal(".class", "class literals are not allowed in rule packs");
                }
                t = peek().is("(") ? call(t, raw(t), member.text(), false) : property(t, member.text());
            } else if (accept("[")) {
                expr();
                expect("]");
                t = element(t);
            } else if (accept("#")) {
                t = typeName();
            } else {
                return t;
            }
        }
    }

    private Type element(Type container) throws Refusal {
        Class<?> raw = raw(container);
        if (raw.isArray()) {
            return raw.getComponentType();
        }
        if (!List.class.isAssignableFrom(raw) && !Map.class.isAssignableFrom(raw)) {
            throw new Refusal(raw.getName() + "[]", "only lists, maps and arrays can be indexed");
        }
        for (Method m : raw.getMethods()) {
            if (m.getName().equals("get") && m.getParameterCount() == 1) {
                if (!allowed(raw, m)) {
                    throw new Refusal(symbol(raw, "get"), "not in the rule API");
                }
                return Generics.resolve(container, m.getGenericReturnType());
            }
        }
        return Object.class;
    }

    private int arguments() throws Refusal {
        expect("(");
        int count = 0;
        if (!peek().is(")")) {
            do {
                expr();
                count++;
            } while (accept(","));
        }
        expect(")");
        return count;
    }

    private Type call(Type receiver, Class<?> raw, String name, boolean isStatic) throws Refusal {
        int count = arguments();
        List<Method> candidates = new ArrayList<>();
        for (Method m : methods(raw)) {
            if (m.getName().equals(name) && arityFits(m.getParameterCount(), m.isVarArgs(), count)
                    && (!isStatic || Modifier.isStatic(m.getModifiers()))) {
                candidates.add(m);
            }
        }
        if (candidates.isEmpty()) {
            throw new Refusal(symbol(raw, name), "no public method " + name + " with " + count + " arguments on "
                    + raw.getName());
        }
        for (Method m : candidates) {
            if (!allowed(raw, m)) {
                throw new Refusal(symbol(raw, name), "not in the rule API");
            }
        }
        Type result = Generics.resolve(receiver, candidates.get(0).getGenericReturnType());
        for (Method m : candidates) {
            if (raw(Generics.resolve(receiver, m.getGenericReturnType())) != raw(result)) {
                return Object.class; // overloads differ in what they return: only Object's members are safe to assume
            }
        }
        return result;
    }

    private boolean hasProperty(Class<?> type, String name) {
        return !propertyCandidates(type, name).isEmpty();
    }

    /** Every member MVEL may read for "x.name": getName(), isName(), name(), or the field name. */
    private static List<java.lang.reflect.Member> propertyCandidates(Class<?> type, String name) {
        List<java.lang.reflect.Member> found = new ArrayList<>();
        String cap = name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
        for (String candidate : List.of("get" + cap, "is" + cap, name)) {
            for (Method m : methods(type)) {
                if (m.getName().equals(candidate) && m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers())) {
                    found.add(m);
                }
            }
        }
        try {
            found.add(type.getField(name));
        } catch (NoSuchFieldException e) {
            // no field of that name: the methods decide
        }
        return found;
    }

    private Type property(Type owner, String name) throws Refusal {
        Class<?> raw = raw(owner);
        List<java.lang.reflect.Member> candidates = propertyCandidates(raw, name);
        if (candidates.isEmpty()) {
            throw new Refusal(symbol(raw, name), "no property " + name + " on " + raw.getName());
        }
        for (java.lang.reflect.Member m : candidates) {
            boolean ok = m instanceof Method method ? allowed(raw, method) : allowed(raw, (Field) m);
            if (!ok) {
                throw new Refusal(symbol(raw, m.getName()), "not in the rule API");
            }
        }
        java.lang.reflect.Member first = candidates.get(0);
        return Generics.resolve(owner, first instanceof Method m ? m.getGenericReturnType() : ((Field) first).getGenericType());
    }

    private boolean allowed(Class<?> owner, Method m) {
        return scope.declares(m.getDeclaringClass()) || allowlist.allows(owner, m);
    }

    private boolean allowed(Class<?> owner, Field f) {
        return scope.declares(f.getDeclaringClass()) || allowlist.allows(owner, f);
    }

    private boolean allowed(Constructor<?> c) {
        return scope.declares(c.getDeclaringClass()) || allowlist.allows(c);
    }

    private static List<Method> methods(Class<?> type) {
        List<Method> all = new ArrayList<>(Arrays.asList(type.getMethods()));
        if (type.isInterface()) {
            all.addAll(Arrays.asList(Object.class.getMethods()));
        }
        return all;
    }

    private static boolean arityFits(int params, boolean varArgs, int args) {
        return params == args || varArgs && args >= params - 1;
    }

    private static Class<?> number(String text) {
        String t = text.toLowerCase();
        if (t.endsWith("l")) {
            return long.class;
        }
        if (t.endsWith("b")) {
            return java.math.BigDecimal.class;
        }
        if (t.endsWith("i")) {
            return java.math.BigInteger.class;
        }
        return t.contains(".") || t.endsWith("d") || t.endsWith("f") ? double.class : int.class;
    }

    static Class<?> raw(Type t) {
        return Generics.raw(t);
    }

    private static String symbol(Class<?> type, String name) {
        return type.getName() + "." + name;
    }
}
