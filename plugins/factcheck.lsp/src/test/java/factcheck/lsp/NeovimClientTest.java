package factcheck.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * A real editor as the client: headless Neovim opens the seed article with the server configured
 * (nvim-client.lua) and writes the diagnostics it got. CI installs Neovim (.ci/run); elsewhere the
 * test is skipped, saying so, when {@code nvim} is not on the PATH.
 */
class NeovimClientTest {

    @Test
    void neovimShowsTheSeedArticlesTitleError(@TempDir Path dir) throws Exception {
        Path nvim = onPath("nvim");
        if (nvim == null) {
            if (System.getenv("CI") != null) {
                throw new AssertionError("nvim is not installed; .ci/run installs it (Debian package neovim)");
            }
            Assumptions.abort("nvim is not installed (apt-get install neovim); CI installs it");
        }
        Path article = dir.resolve("talks.article");
        Files.copy(ServerProcess.samples().resolve("us-china-talks-2021-11-10.article"), article);
        Path script = dir.resolve("nvim-client.lua");
        try (InputStream in = NeovimClientTest.class.getResourceAsStream("nvim-client.lua")) {
            Files.copy(in, script);
        }
        Path out = dir.resolve("diagnostics.json");
        JsonArray cmd = new JsonArray();
        for (String part : List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx768m",
                "-Dslf4j.provider=org.slf4j.helpers.NOP_FallbackServiceProvider",
                "-Dfactcheck.standardPack=" + Path.of(ServerProcess.standardPack()).toAbsolutePath(), "-cp",
                System.getProperty("java.class.path"), "factcheck.lsp.Main")) {
            cmd.add(part);
        }
        ProcessBuilder pb = new ProcessBuilder(nvim.toString(), "--headless", "--clean", "-n", "-c",
                "luafile " + script, article.getFileName().toString()).directory(dir.toFile())
                .redirectErrorStream(true).redirectOutput(dir.resolve("nvim.log").toFile());
        pb.environment().put("FACTCHECK_LSP_CMD", cmd.toString());
        pb.environment().put("FACTCHECK_NVIM_OUT", out.toString());
        pb.environment().put("FACTCHECK_AWAIT_RULE", LanguageServerSessionTest.TITLE_RULE);
        pb.environment().put("HOME", dir.toString());
        Process p = pb.start();
        boolean ended = p.waitFor(ServerProcess.WAIT_SECONDS + 30, TimeUnit.SECONDS);
        if (!ended) {
            p.destroyForcibly();
        }
        String log = Files.readString(dir.resolve("nvim.log"), StandardCharsets.UTF_8);
        assertTrue(ended && p.exitValue() == 0, "nvim ended cleanly; its output: " + log);
        JsonObject got = JsonParser.parseString(Files.readString(out, StandardCharsets.UTF_8)).getAsJsonObject();

        JsonObject title = null;
        for (JsonElement d : got.getAsJsonObject("published").getAsJsonArray("diagnostics")) {
            if (LanguageServerSessionTest.TITLE_RULE.equals(d.getAsJsonObject().get("code").getAsString())) {
                title = d.getAsJsonObject();
            }
        }
        assertNotNull(title);
        String text = Files.readString(article, StandardCharsets.UTF_8);
        int at = text.indexOf("Vice President Joe Biden");
        int column = at - (text.lastIndexOf('\n', at) + 1);
        assertEquals(column, title.getAsJsonObject("range").getAsJsonObject("start").get("character").getAsInt());
        // What Neovim shows: the same place (the line is ASCII up to there, so bytes equal UTF-16 units).
        boolean shown = false;
        for (JsonElement d : got.getAsJsonArray("neovim")) {
            JsonObject o = d.getAsJsonObject();
            shown |= o.get("lnum").getAsInt() == 2 && o.get("col").getAsInt() == column
                    && o.get("severity").getAsInt() == 1 && "factcheck".equals(o.get("source").getAsString());
        }
        assertTrue(shown, "Neovim lists the title error as an error at 3:" + (column + 1) + ": " + got);
    }

    private static Path onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, program);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
