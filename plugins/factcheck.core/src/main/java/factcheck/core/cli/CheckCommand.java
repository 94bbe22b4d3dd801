package factcheck.core.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import factcheck.core.findings.Severity;
import factcheck.core.report.FactCheckReportFormat;
import factcheck.core.report.ReportFormat;
import factcheck.core.rules.RuleSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code factcheck [options] PATH...}: checks news articles against rule packs from the command
 * line. This class holds the options; {@link CheckRun} does the checking.
 */
@Command(name = "factcheck", mixinStandardHelpOptions = true, versionProvider = VersionInfo.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = {"Checks news articles (*.article, *.md, *.txt) against fact-checking rule packs.",
            "./factcheck --lsp (first argument) runs the same checks as a language server for editors instead."},
        footerHeading = "%nExit status:%n",
        footer = {"  0  no finding at or above --fail-on",
            "  1  findings at or above --fail-on (findings hidden by --min-severity do not count), or claims",
            "     --require-checked wants settled that the articles' ledgers do not mark verified, disputed or not a claim",
            "  2  usage error, unreadable or undecodable input, or a broken rule pack (other files are still checked)"})
public final class CheckCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Files, directories (searched for *.article, *.md and *.txt) or - for standard input.")
    List<String> paths = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default), json (an array of one object per file), sarif (2.1.0), checkstyle, or claims"
                    + " (each file's sentences ranked by check-worthiness).")
    ReportFormat format;

    @Option(names = "--dateline", paramLabel = "YYYY-MM-DD", converter = DatelineConverter.class,
            description = "Dateline to judge dates against, overriding the articles' own.")
    LocalDate dateline;

    @Option(names = "--rules", paramLabel = "DIR|JAR", description = "Add a rule pack (repeatable).")
    List<String> rules = new ArrayList<>();

    @Option(names = "--project-rules", description = "Also run the rule pack of the project the PATHs are in"
            + " (.factcheck/rules/ in a parent folder). Off by default: that pack arrives with the project, so a CI job"
            + " on someone's branch would otherwise run their rules.")
    boolean projectRules;

    @Option(names = "--no-default-rules", description = "Do not load the standard rule pack.")
    boolean noDefaultRules;

    @Option(names = "--disable", paramLabel = "RULE", description = "Switch a rule off (repeatable).")
    List<String> disabled = new ArrayList<>();

    @Option(names = "--severity", paramLabel = "RULE=LEVEL",
            description = "Override a rule's severity: error, warning or info (repeatable).")
    Map<String, Severity> severities = new LinkedHashMap<>();

    @Option(names = "--min-severity", paramLabel = "LEVEL", defaultValue = "info",
            description = "Hide findings below LEVEL (default: info, i.e. show all).")
    Severity minSeverity;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error",
            description = "Exit with 1 when a finding at or above LEVEL is reported (default: error).")
    Severity failOn;

    @Option(names = "--report", paramLabel = "md|html|json",
            description = "Write the fact-check report instead of the findings: each claim, attribution and date "
                    + "finding with its status, note and sources from the article's ledger "
                    + "(.factcheck/<article>.ledger.json beside it), the dateline and the rule pack versions.")
    FactCheckReportFormat report;

    @Option(names = "--require-checked", paramLabel = "SCORE",
            description = "Exit with 1 unless the ledger settles (verified, disputed or not a claim, on the claim's "
                    + "current text; false and needs source do not) every claim finding whose claim score is SCORE or "
                    + "more, and every claim, attribution or date finding of severity warning or above. 0 requires "
                    + "every claim.")
    Double requireChecked;

    @Option(names = "--annotations", description = "Include the engine's annotations in JSON output.")
    boolean annotations;

    @Option(names = "--list-rules", description = "List the rules of the loaded packs and exit.")
    boolean listRules;

    @Option(names = "--explain", paramLabel = "RULE", description = "Describe a rule, with examples, and exit.")
    String explain;

    @Option(names = "--new-pack", paramLabel = "DIR",
            description = "Create a new rule pack with one example rule in DIR and exit (see --pack-id).")
    String newPack;

    @Option(names = "--pack-id", paramLabel = "ID", description = "Id of the pack --new-pack creates (default: from DIR).")
    String packId;

    @Option(names = "--test-pack", paramLabel = "DIR|JAR",
            description = "Run every example of every rule of the pack and exit (1 when one fails).")
    String testPack;

    @Option(names = "--jobs", paramLabel = "N", description = "Check N files at once (default: number of processors).")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
            description = "Colour text output: auto (on a terminal, unless NO_COLOR is set), always or never.")
    String color;

    private final Invocation invocation;

    CheckCommand(Invocation invocation) {
        this.invocation = invocation;
    }

    /** Parses {@code args}, runs the command and returns its exit code (see {@link ExitCode}). */
    public static int run(String[] args, Invocation invocation) {
        CheckCommand command = new CheckCommand(invocation);
        CommandLine cl = new CommandLine(command);
        cl.setOut(new PrintWriter(new OutputStreamWriter(invocation.out(), StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new OutputStreamWriter(invocation.err(), StandardCharsets.UTF_8), true));
        cl.setColorScheme(CommandLine.Help.defaultColorScheme(
                invocation.terminal().stdout() && !invocation.noColor() ? Ansi.ON : Ansi.OFF));
        cl.registerConverter(Severity.class, Severity::parse);
        cl.registerConverter(ReportFormat.class, ReportFormat::parse);
        cl.registerConverter(FactCheckReportFormat.class, FactCheckReportFormat::parse);
        cl.setParameterExceptionHandler((e, arguments) -> {
            invocation.err().println(Messages.PREFIX + Messages.oneLine(e.getMessage()) + " (see --help)");
            return ExitCode.ERROR;
        });
        cl.setExecutionExceptionHandler((e, commandLine, parsed) -> {
            invocation.err().println(Messages.PREFIX + "internal error: " + e);
            return ExitCode.ERROR;
        });
        return cl.execute(args);
    }

    @Override
    public Integer call() throws IOException {
        if (jobs < 1) {
            return usage("--jobs must be at least 1, not " + jobs);
        }
        if (!Set.of("auto", "always", "never").contains(color)) {
            return usage("--color must be auto, always or never, not '" + color + "'");
        }
        if (requireChecked != null && (requireChecked.isNaN() || requireChecked < 0)) {
            return usage("--require-checked must be a claim score of 0 or more, not " + requireChecked);
        }
        if (newPack != null) {
            return PackCommands.newPack(invocation, newPack, packId);
        }
        if (testPack != null) {
            return PackCommands.testPack(invocation, testPack);
        }
        boolean useColor = color.equals("always")
                || color.equals("auto") && invocation.terminal().stdout() && !invocation.noColor();
        RuleSettings settings = new RuleSettings(new LinkedHashSet<>(disabled), severities);
        return new CheckRun(this, invocation, settings, useColor).execute();
    }

    int usage(String message) {
        invocation.err().println(Messages.PREFIX + message + " (see --help)");
        return ExitCode.ERROR;
    }

    /** {@code YYYY-MM-DD}, with a message that says so. */
    static final class DatelineConverter implements CommandLine.ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value.trim());
            } catch (DateTimeParseException e) {
                throw new CommandLine.TypeConversionException(
                        "'" + value + "' is not a date of the form YYYY-MM-DD");
            }
        }
    }
}
