package factcheck.core.robustness;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * trigger catastrophic backtracking. The input counts the characters the matcher reads: a linear
 * pattern reads each character a bounded number of times, a backtracking one reads it once per start
 * position or more, so {@value #READS_PER_CHAR} reads per character tell them apart without any clock
 * (the test is as deterministic on a loaded machine as on an idle one). On 100,000 characters a
 * pattern over the budget is a hang waiting for a real article.
 */
class RegexBacktrackingTest {

    /** Reads allowed per input character, over all the matcher's attempts on one input. */
    private static final int READS_PER_CHAR = 1_000;
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
            CountingText text = new CountingText(input, (long) READS_PER_CHAR * input.length() + 10_000);
            try {
                Matcher m = pattern.matcher(text);
                while (find && m.find()) {
                    if (m.end() == m.start() && m.end() >= input.length()) {
                        break;
                    }
                }
                pattern.matcher(text).matches();
            } catch (ReadBudgetExceeded e) {
                fail(pattern.pattern() + " read more than " + READS_PER_CHAR + " characters per input character on an"
                        + " adversarial input of " + input.length() + " chars starting "
                        + input.substring(0, Math.min(12, input.length())) + ": it backtracks");
            }
        }
    }

    /** Thrown from inside the matcher, to stop a backtracking pattern as soon as it is over budget. */
    private static final class ReadBudgetExceeded extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ReadBudgetExceeded() {
            super(null, null, false, false);
        }
    }

    /** The input as the matcher sees it, counting every character it reads. */
    private static final class CountingText implements CharSequence {
        private final String text;
        private final long budget;
        private long reads;

        CountingText(String text, long budget) {
            this.text = text;
            this.budget = budget;
        }

        @Override
        public char charAt(int index) {
            if (++reads > budget) {
                throw new ReadBudgetExceeded();
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            // Matcher calls this only for group() and toString(), which the test does not use.
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            return text;
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
