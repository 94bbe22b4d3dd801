package factcheck.core.robustness;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every regular expression of the engine (each static Pattern field of a core class) and every
 * pattern a rule pack's DRL uses with {@code matches} runs against adversarial inputs built to
 * trigger catastrophic backtracking. Linear patterns take milliseconds on 100,000 characters even on a
 * loaded machine; a quadratic one takes minutes, so the 10-second bound tells them apart. On 100,000
 * characters a slow pattern is a hang waiting for a real article.
 */
class RegexBacktrackingTest {

    private static final Duration BOUND = Duration.ofSeconds(10);
    private static final Pattern DRL_MATCHES = Pattern.compile("(?:matches|soundslike)\\s+\"((?:[^\"\\\\]|\\\\.){1,500})\"");

    static List<String> adversarialInputs() {
        List<String> inputs = new ArrayList<>();
        for (String unit : List.of("a", " ", "1", "\"", "“", "<!-- ", "[", "date ", "-", ".", "A ", "a,", "\t", "\r\n",
                "2021-", "Mr. ", "’", "'s ", "...")) {
            String run = unit.repeat(Math.max(1, 100_000 / unit.length()));
            inputs.add(run);
            inputs.add(run + "!");
            inputs.add(run + "\u0000x");
        }
        inputs.add("date " + " ".repeat(100_000) + "2021-11-1x");
        inputs.add("---\n" + "a: b\n".repeat(4_000));
        inputs.add("<!-- factcheck-disable " + "a.b ".repeat(5_000));
        return inputs;
    }

    @TestFactory
    List<DynamicTest> corePatternsDoNotBacktrackCatastrophically() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (Field field : patternFields()) {
            field.setAccessible(true);
            Pattern pattern = (Pattern) field.get(null);
            String name = field.getDeclaringClass().getSimpleName() + "." + field.getName();
            tests.add(DynamicTest.dynamicTest(name, () -> exercise(pattern, true)));
        }
        assertFalse(tests.isEmpty(), "no Pattern fields found: is target/classes on the class path?");
        return tests;
    }

    @TestFactory
    List<DynamicTest> packPatternsDoNotBacktrackCatastrophically() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        Path pack = Path.of(System.getProperty("factcheck.standardPack", "../../rules/pack"));
        try (Stream<Path> files = Files.walk(pack)) {
            for (Path drl : files.filter(p -> p.toString().endsWith(".drl")).toList()) {
                Matcher m = DRL_MATCHES.matcher(Files.readString(drl));
                while (m.find()) {
                    Pattern p = Pattern.compile(m.group(1).replace("\\\\", "\\"));
                    // DRL's matches operator matches the whole value (Matcher.matches), never find().
                    tests.add(DynamicTest.dynamicTest(pack.relativize(drl) + ": " + m.group(1), () -> exercise(p, false)));
                }
            }
        }
        tests.add(DynamicTest.dynamicTest("the DRL pattern scanner itself", () -> exercise(DRL_MATCHES, true)));
        return tests;
    }

    /** Runs matches() and, for patterns the engine also searches with, find() over each input. */
    private static void exercise(Pattern pattern, boolean find) {
        for (String input : adversarialInputs()) {
            assertTimeoutPreemptively(BOUND, () -> {
                Matcher m = pattern.matcher(input);
                while (find && m.find()) {
                    if (m.end() == m.start() && m.end() >= input.length()) {
                        break;
                    }
                }
                pattern.matcher(input).matches();
            }, () -> pattern.pattern() + " took over " + BOUND.toSeconds() + " s on an adversarial input of "
                    + input.length() + " chars starting " + input.substring(0, Math.min(12, input.length())));
        }
    }

    private static List<Field> patternFields() throws Exception {
        Path classes = Path.of("target/classes");
        List<Field> fields = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, RegexBacktrackingTest.class.getClassLoader());
                for (Field f : type.getDeclaredFields()) {
                    if (Modifier.isStatic(f.getModifiers()) && f.getType() == Pattern.class) {
                        fields.add(f);
                    }
                }
            }
        }
        return fields;
    }
}
