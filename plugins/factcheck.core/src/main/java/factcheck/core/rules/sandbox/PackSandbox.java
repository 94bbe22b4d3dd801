package factcheck.core.rules.sandbox;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.drools.base.definitions.InternalKnowledgePackage;
import org.drools.core.rule.JavaDialectRuntimeData;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.kie.api.definition.KiePackage;

import factcheck.core.rules.Diagnostic;
import factcheck.core.rules.RulePack;

/**
 * The rule pack sandbox: a pack may read the article's facts and report findings, nothing else.
 * <ol>
 * <li>{@link #checkSources}: before compiling, every DRL construct is checked ({@link SourceCheck}),
 * the conditions MVEL will interpret type by type ({@link ExprChecker}).</li>
 * <li>{@link #checkAndMeter}: after compiling (or reading a precompiled image), the bytecode of every
 * class the pack holds is checked against the {@link ApiAllowlist} ({@link BytecodeCheck}) and its
 * rule and function classes are rewritten to run against a {@link RuleBudget}
 * ({@link BudgetInstrumenter}), before any of them is loaded.</li>
 * </ol>
 * Each refusal is one {@link Diagnostic} naming the file, line and symbol.
 */
public final class PackSandbox {

    private final ApiAllowlist allowlist;
    private final ClassLoader loader;

    public PackSandbox(ClassLoader loader) {
        this(ApiAllowlist.standard(), loader);
    }

    PackSandbox(ApiAllowlist allowlist, ClassLoader loader) {
        this.allowlist = allowlist;
        this.loader = loader;
    }

    /** Checks the pack's DRL before it is compiled. Files that do not parse are left to the compiler. */
    public List<Diagnostic> checkSources(RulePack pack) {
        List<Diagnostic> found = new ArrayList<>();
        for (var e : new TreeMap<>(pack.drl()).entrySet()) {
            PackageDescr drl = parse(e.getValue());
            if (drl == null) {
                continue;
            }
            for (SourceCheck.Problem p : new SourceCheck(allowlist, loader, drl).check()) {
                found.add(new Diagnostic(pack.id(), e.getKey(), Math.max(p.line(), 0), Math.max(p.column() + 1, 0),
                        refusal(p.symbol(), p.reason())));
            }
        }
        return found;
    }

    /**
     * Checks every class the compiled packages hold and, when all pass, meters the pack's own code by
     * rewriting it in the packages' class stores. The packages must not have loaded their classes yet
     * (fresh from an image or a serialization round trip), or the rewrite would come too late.
     *
     * @return the violations; when not empty the packages are left as they were and must not be used
     */
    public List<Diagnostic> checkAndMeter(RulePack pack, Collection<KiePackage> packages) {
        Map<String, byte[]> classes = new LinkedHashMap<>();
        List<Map<String, byte[]>> stores = new ArrayList<>();
        for (KiePackage kp : packages) {
            if (kp instanceof InternalKnowledgePackage ip
                    && ip.getDialectRuntimeRegistry().getDialectData("java") instanceof JavaDialectRuntimeData data) {
                stores.add(data.getStore());
                classes.putAll(data.getStore());
            }
        }
        Set<String> internalNames = new HashSet<>();
        classes.keySet().forEach(k -> internalNames.add(k.replaceFirst("\\.class$", "")));
        BytecodeCheck check = new BytecodeCheck(allowlist, loader, internalNames);
        Locator locator = new Locator(pack);
        List<Diagnostic> found = new ArrayList<>();
        for (var e : classes.entrySet()) {
            for (BytecodeCheck.Violation v : check.check(e.getValue())) {
                found.add(locator.diagnostic(v, refusal(v.symbol(), v.reason())));
            }
        }
        if (found.isEmpty()) {
            for (Map<String, byte[]> store : stores) {
                for (var e : new ArrayList<>(store.entrySet())) {
                    if (e.getKey().endsWith(".class") && !BytecodeCheck.isPlumbing(e.getValue())) {
                        store.put(e.getKey(), BudgetInstrumenter.instrument(e.getValue()));
                    }
                }
            }
        }
        return found;
    }

    private static String refusal(String symbol, String reason) {
        return "refused by the rule pack sandbox: " + symbol + ": " + reason;
    }

    static PackageDescr parse(String drl) {
        try {
            DrlParser parser = new DrlParser();
            PackageDescr descr = parser.parse(false, drl);
            return parser.hasErrors() ? null : descr;
        } catch (DroolsParserException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Finds the DRL file and line of a compiled class: rule classes are named after their rule
     * ({@code Rule_<name with $uNN$ escapes><hash>}), function classes after their function.
     */
    private static final class Locator {
        private final RulePack pack;
        private final Map<String, String[]> rules = new LinkedHashMap<>();   // mangled rule name -> file, line
        private final Map<String, String[]> functions = new LinkedHashMap<>(); // simple class name -> file, line

        Locator(RulePack pack) {
            this.pack = pack;
            for (var e : new TreeMap<>(pack.drl()).entrySet()) {
                PackageDescr drl = parse(e.getValue());
                if (drl == null) {
                    continue;
                }
                for (RuleDescr r : drl.getRules()) {
                    int line = r.getConsequenceLine() > 0 ? r.getConsequenceLine() : r.getLine();
                    rules.put("Rule_" + mangle(r.getName()), new String[] { e.getKey(), String.valueOf(line) });
                }
                for (FunctionDescr f : drl.getFunctions()) {
                    String name = Character.toUpperCase(f.getName().charAt(0)) + f.getName().substring(1);
                    functions.put(name, new String[] { e.getKey(), String.valueOf(f.getLine()) });
                }
            }
        }

        Diagnostic diagnostic(BytecodeCheck.Violation v, String message) {
            String simple = v.className().substring(v.className().lastIndexOf('/') + 1);
            String[] where = functions.get(simple);
            if (where == null) {
                for (var r : rules.entrySet()) {
                    if (simple.startsWith(r.getKey())) {
                        where = r.getValue();
                        break;
                    }
                }
            }
            if (where == null) {
                return new Diagnostic(pack.id(), "?", 0, 0, message + " (in " + v.className().replace('/', '.') + ")");
            }
            return new Diagnostic(pack.id(), where[0], Integer.parseInt(where[1]), 0, message);
        }

        private static String mangle(String name) {
            StringBuilder out = new StringBuilder();
            for (char c : name.toCharArray()) {
                out.append(Character.isJavaIdentifierPart(c) && c != '$' ? String.valueOf(c) : "$u" + (int) c + "$");
            }
            return out.toString();
        }
    }
}
