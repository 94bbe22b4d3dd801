package factcheck.core.rules.sandbox;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalBranchDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.EntryPointDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.FunctionImportDescr;
import org.drools.drl.ast.descr.GlobalDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.NamedConsequenceDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * The part of the sandbox that reads a DRL file's structure (Drools' own parse of it): every construct
 * is either checked or refused. Constraints and {@code from} sources, which MVEL interprets, go
 * through {@link ExprChecker}; code that the Java compiler turns into bytecode (consequences,
 * functions, eval, accumulate code) is left to {@link BytecodeCheck}; constructs that could run code
 * the sandbox cannot see (the MVEL dialect, declared types, imported functions and accumulate
 * functions, computed salience or timers) are refused.
 */
final class SourceCheck {

    /** A refused construct at a place of the DRL file. */
    record Problem(int line, int column, String symbol, String reason) {
    }

    private static final List<String> LITERAL_ATTRIBUTES = List.of("salience", "enabled", "timer", "duration",
            "date-effective", "date-expires", "calendars", "auto-focus", "lock-on-active", "no-loop");

    private final ApiAllowlist allowlist;
    private final ClassLoader loader;
    private final PackageDescr drl;
    private final Map<String, Class<?>> imports = new HashMap<>();
    private final Map<String, Type> globals = new HashMap<>();
    private final Map<String, Type> functions = new HashMap<>();
    private final List<Problem> problems = new ArrayList<>();
    private final java.util.Set<String> declared = new java.util.HashSet<>();

    SourceCheck(ApiAllowlist allowlist, ClassLoader loader, PackageDescr drl) {
        this.allowlist = allowlist;
        this.loader = loader;
        this.drl = drl;
    }

    /**
     * The checks that need no type the pack declares, made before compiling: some constructs make the
     * compiler itself load or instantiate classes (an accumulate function's class is instantiated
     * while the pack compiles), so they must be refused before it runs.
     */
    List<Problem> checkStructure() {
        return check(false);
    }

    /** Every check, conditions included (after compiling, with a loader that sees declared types). */
    List<Problem> check() {
        return check(true);
    }

    private List<Problem> check(boolean conditions) {
        for (ImportDescr i : drl.getImports()) {
            String target = i.getTarget();
            if (target.endsWith(".*")) {
                problems.add(new Problem(i.getLine(), i.getColumn(), target, "wildcard imports are not allowed in rule packs"
                        + " (import each class, so the names a rule uses are known)"));
                continue;
            }
            Class<?> type = load(target);
            if (type == null) {
                continue; // the compiler reports an unknown class itself
            }
            imports.put(type.getSimpleName(), type);
        }
        for (FunctionImportDescr f : drl.getFunctionImports()) {
            checkFunctionImport(f);
        }
        if (!drl.getAccumulateImports().isEmpty()) {
            var a = drl.getAccumulateImports().get(0);
            problems.add(new Problem(a.getLine(), a.getColumn(), a.getTarget(), "accumulate functions of one's own are not allowed in rule packs"));
        }
        if (!conditions) {
            drl.getTypeDeclarations().forEach(this::checkDeclaredType);
        }
        String namespace = drl.getNamespace() == null || drl.getNamespace().isEmpty() ? "" : drl.getNamespace() + ".";
        drl.getTypeDeclarations().forEach(t -> declared.add(namespace + t.getTypeName()));
        drl.getEnumDeclarations().forEach(t -> problems.add(new Problem(t.getLine(), t.getColumn(), t.getTypeName(),
                "declared enums are not allowed in shared rule packs")));
        drl.getWindowDeclarations().forEach(w -> problems.add(new Problem(w.getLine(), w.getColumn(), w.getName(),
                "windows are not allowed in rule packs")));
        for (GlobalDescr g : drl.getGlobals()) {
            Class<?> type = load(g.getType());
            if (type != null) {
                globals.put(g.getIdentifier(), type);
            }
        }
        for (FunctionDescr f : drl.getFunctions()) {
            functions.put(f.getName(), typeOf(f.getReturnType()));
        }
        checkAttributes(drl.getAttributes(), drl);
        for (RuleDescr rule : drl.getRules()) {
            checkAttributes(rule.getAttributes().values(), rule);
            if (!conditions) {
                continue;
            }
            Map<String, Type> bindings = new HashMap<>();
            if (rule.isQuery()) {
                var query = (org.drools.drl.ast.descr.QueryDescr) rule;
                for (int i = 0; i < query.getParameters().length; i++) {
                    bindings.put(query.getParameters()[i], typeOf(query.getParameterTypes()[i]));
                }
            }
            walk(rule.getLhs(), bindings);
        }
        return problems;
    }

    /**
     * A declared type is a plain data holder the compiler writes: its fields may not hold a capability
     * (a thread, a class...), it may not extend anything (it would inherit that class's methods, which
     * calls on the declared type would reach unchecked), and field defaults must be literals.
     */
    private void checkDeclaredType(org.drools.drl.ast.descr.TypeDeclarationDescr t) {
        for (var qualified : t.getSuperTypes()) {
            String superType = qualified.getFullName();
            if (!superType.equals("java.lang.Object") && !qualified.getName().equals("Object")) {
                problems.add(new Problem(t.getLine(), t.getColumn(), t.getTypeName() + " extends " + superType,
                        "declared types may not extend other classes in rule packs"));
            }
        }
        for (var field : t.getFields().values()) {
            String typeName = field.getPattern() == null ? null : field.getPattern().getObjectType();
            Class<?> type = load(typeName);
            if (type != null && allowlist.isDeniedType(type)) {
                problems.add(new Problem(field.getLine(), field.getColumn(), typeName,
                        "a declared field may not hold this type in rule packs"));
            }
            String init = field.getInitExpr();
            if (init != null && !init.strip().matches("-?[0-9]+(\\.[0-9]+)?[lLdDfF]?|true|false|null|\"[^\"\\\\]*\"")) {
                problems.add(new Problem(field.getLine(), field.getColumn(), init,
                        "a declared field's default must be a literal in rule packs"));
            }
        }
    }

    private void checkFunctionImport(FunctionImportDescr f) {
        String target = f.getTarget();
        int dot = target.lastIndexOf('.');
        Class<?> type = dot > 0 ? load(target.substring(0, dot)) : null;
        String name = target.substring(dot + 1);
        boolean allowed = type != null;
        boolean any = false;
        if (type != null) {
            for (Method m : type.getMethods()) {
                if (m.getName().equals(name) && Modifier.isStatic(m.getModifiers())) {
                    any = true;
                    allowed &= allowlist.allows(type, m);
                }
            }
        }
        if (!allowed || !any) {
            problems.add(new Problem(f.getLine(), f.getColumn(), target, "not in the rule API"));
        } else {
            functions.put(name, Object.class);
        }
    }

    private void checkAttributes(Iterable<AttributeDescr> attributes, BaseDescr where) {
        for (AttributeDescr a : attributes) {
            String name = a.getName();
            String value = a.getValue() == null ? "" : a.getValue().strip();
            if (name.equals("dialect") && !value.replace("\"", "").equals("java")) {
                problems.add(new Problem(a.getLine() > 0 ? a.getLine() : where.getLine(), a.getColumn(), "dialect " + value,
                        "rule packs are written in the java dialect (MVEL consequences cannot be checked)"));
            } else if (LITERAL_ATTRIBUTES.contains(name) && !value.matches("-?[0-9]+|true|false|\"[^\"]*\"|[0-9smhd ]+")) {
                problems.add(new Problem(a.getLine() > 0 ? a.getLine() : where.getLine(), a.getColumn(), name + " " + value,
                        "rule attributes must be literal values in rule packs"));
            }
        }
    }

    private void walk(BaseDescr d, Map<String, Type> bindings) {
        if (d instanceof PatternDescr p) {
            pattern(p, bindings);
        } else if (d instanceof EvalDescr || d instanceof NamedConsequenceDescr) {
            // compiled as Java: the bytecode check sees it
        } else if (d instanceof ConditionalBranchDescr b) {
            if (b.getElseBranch() != null) {
                walk(b.getElseBranch(), bindings);
            }
        } else if (d instanceof ConditionalElementDescr ce) {
            for (Object child : ce.getDescrs()) {
                walk((BaseDescr) child, bindings);
            }
        } else if (d != null) {
            problems.add(new Problem(d.getLine(), d.getColumn(), d.getClass().getSimpleName(),
                    "this kind of condition is not supported in rule packs"));
        }
    }

    private void pattern(PatternDescr p, Map<String, Type> bindings) {
        Class<?> type = load(p.getObjectType());
        if (type == null) {
            problems.add(new Problem(p.getLine(), p.getColumn(), p.getObjectType(), "unknown fact type " + p.getObjectType()));
            return;
        }
        var source = p.getSource();
        if (source instanceof FromDescr from) {
            expression(from.getDataSource().getText(), null, bindings, from.getLine() > 0 ? from : p);
        } else if (source instanceof AccumulateDescr acc) {
            for (BaseDescr input : acc.getDescrs()) {
                walk(input, bindings);
            }
        } else if (source instanceof CollectDescr collect) {
            walk(collect.getInputPattern(), bindings);
        } else if (source != null && !(source instanceof EntryPointDescr)) {
            problems.add(new Problem(p.getLine(), p.getColumn(), source.getClass().getSimpleName(),
                    "this kind of pattern source is not supported in rule packs"));
        }
        if (p.getIdentifier() != null) {
            bindings.put(p.getIdentifier(), type);
        }
        for (BaseDescr c : p.getDescrs()) {
            if (c instanceof ExprConstraintDescr e) {
                expression(e.getExpression(), type, bindings, e);
            } else {
                problems.add(new Problem(c.getLine(), c.getColumn(), c.getText(), "this kind of constraint is not supported in rule packs"));
            }
        }
    }

    private void expression(String text, Class<?> thisType, Map<String, Type> bindings, BaseDescr where) {
        ExprChecker checker = new ExprChecker(allowlist, new ExprChecker.Scope() {
            @Override
            public Type variable(String name) {
                Type t = bindings.get(name);
                return t != null ? t : globals.get(name);
            }

            @Override
            public Class<?> type(String name) {
                return load(name);
            }

            @Override
            public Type function(String name) {
                return functions.get(name);
            }

            @Override
            public Class<?> thisType() {
                return thisType;
            }

            @Override
            public boolean declares(Class<?> type) {
                return declared.contains(type.getName());
            }
        });
        try {
            ExprChecker.Result result = checker.check(text);
            if (result.binding() != null) {
                bindings.put(result.binding(), result.bindingType());
            }
        } catch (ExprChecker.Refusal r) {
            problems.add(new Problem(where.getLine(), where.getColumn(), r.symbol, r.getMessage()));
        }
    }

    private Type typeOf(String name) {
        Class<?> type = load(name);
        return type == null ? Object.class : type;
    }

    /** A class by imported simple name, java.lang name, or qualified name (nested with '.' or '$'). */
    private Class<?> load(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String n = name.strip();
        switch (n) {
            case "int": return int.class;
            case "long": return long.class;
            case "double": return double.class;
            case "boolean": return boolean.class;
            case "char": return char.class;
            case "float": return float.class;
            case "short": return short.class;
            case "byte": return byte.class;
            case "void": return void.class;
            default: break;
        }
        if (n.endsWith("[]")) {
            Class<?> component = load(n.substring(0, n.length() - 2));
            return component == null ? null : java.lang.reflect.Array.newInstance(component, 0).getClass();
        }
        int lt = n.indexOf('<');
        if (lt > 0) {
            n = n.substring(0, lt);
        }
        Class<?> imported = imports.get(n);
        if (imported != null) {
            return imported;
        }
        int dot = n.indexOf('.');
        if (dot > 0 && imports.containsKey(n.substring(0, dot))) {
            return forName(imports.get(n.substring(0, dot)).getName() + n.substring(dot).replace('.', '$'));
        }
        Class<?> type = forName(n);
        if (type == null && dot < 0 && drl.getNamespace() != null && !drl.getNamespace().isEmpty()) {
            type = forName(drl.getNamespace() + "." + n); // a type the pack declares
        }
        if (type == null && dot < 0) {
            type = forName("java.lang." + n);
        }
        if (type == null && dot > 0) {
            // a nested class written with dots: a.b.Outer.Inner
            int last = n.lastIndexOf('.');
            type = forName(n.substring(0, last) + "$" + n.substring(last + 1));
        }
        return type;
    }

    private Class<?> forName(String name) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException | LinkageError | IllegalArgumentException e) {
            return null;
        }
    }
}
