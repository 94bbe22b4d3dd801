package factcheck.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files checked on several threads come out in input order, exactly as on one thread. */
class ParallelBatchTest {

    @TempDir
    Path dir;

    @Test
    void jobsTwoMatchesJobsOne() throws IOException {
        CommandRunner cli = new CommandRunner(dir);
        StringBuilder longText = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            longText.append("Economists say prices rose very fast. The clerk allegedly knew. ");
        }
        for (int i = 0; i < 12; i++) {
            // Uneven sizes, so that later files can finish before earlier ones.
            String text = i % 3 == 0 ? longText.toString() : "Officials expect the clerk allegedly knew " + i + ".";
            cli.write(String.format("batch/f%02d.txt", i), text + "\n");
        }
        cli.write("batch/broken.txt", new byte[] {'a', 0, 'b'});
        for (String format : new String[] {"text", "json", "sarif", "checkstyle"}) {
            CommandRunner.Run one = cli.runWithWords("--jobs", "1", "--format", format, "batch");
            CommandRunner.Run two = cli.runWithWords("--jobs", "2", "--format", format, "batch");
            assertEquals(one.out(), two.out(), format);
            assertEquals(ExitCode.ERROR, two.exit());
            assertTrue(two.out().length() > 100, format);
        }
    }
}
