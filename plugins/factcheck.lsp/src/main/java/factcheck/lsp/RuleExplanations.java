package factcheck.lsp;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import factcheck.core.cli.CheckCommand;
import factcheck.core.cli.Invocation;
import factcheck.core.cli.Terminal;

/**
 * The text of {@code ./factcheck --explain RULE} for a diagnostic's {@code codeDescription} link.
 * Links are {@code factcheck:rule/RULE-ID}; the server answers them through the request
 * {@code factcheck/explain} and the command {@code factcheck.explain}. The command line itself
 * writes the text (run in-process on the same packs), so the two never differ.
 */
final class RuleExplanations {

    static final String SCHEME_PREFIX = "factcheck:rule/";

    private RuleExplanations() {
    }

    static String uri(String ruleId) {
        return SCHEME_PREFIX + ruleId;
    }

    /** The rule id of a link or a plain id. */
    static String ruleOf(String uriOrId) {
        return uriOrId.startsWith(SCHEME_PREFIX) ? uriOrId.substring(SCHEME_PREFIX.length()) : uriOrId;
    }

    /**
     * The explanation, or null when no loaded pack has the rule.
     *
     * @param standardPack the standard pack's location, or null to leave it out
     * @param extraPacks   further packs (configured and trusted workspace packs)
     */
    static String explain(String ruleId, String standardPack, List<String> extraPacks) {
        List<String> args = new ArrayList<>(List.of("--explain", ruleId));
        if (standardPack == null) {
            args.add("--no-default-rules");
        }
        for (String p : extraPacks) {
            args.add("--rules");
            args.add(p);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Invocation invocation = new Invocation(InputStream.nullInputStream(),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Terminal.NONE, Path.of("").toAbsolutePath(), standardPack, true);
        CheckCommand.run(args.toArray(String[]::new), invocation);
        String text = out.toString(StandardCharsets.UTF_8);
        return text.isBlank() ? null : text;
    }
}
