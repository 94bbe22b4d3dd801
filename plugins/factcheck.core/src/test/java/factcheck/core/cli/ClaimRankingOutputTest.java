package factcheck.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code --format claims} ranks every sentence; {@code --annotations} gives every sentence's score. */
class ClaimRankingOutputTest {

    private static final String ARTICLE = "date 2023-05-02 Harbour\r\n\r\nGood morning, and welcome.\r\n\r\n"
            + "Port traffic in Szczecin fell by 14% last year, the lowest since 2009.\r\n\r\nThank you.\r\n";

    @TempDir
    Path dir;

    @Test
    void sentencesRankedWithScoreLineAndWhatRaisedThem() throws Exception {
        CommandRunner cli = new CommandRunner(dir);
        cli.write("port.article", ARTICLE);
        CommandRunner.Run run = cli.run("--format", "claims", "port.article");
        List<String> lines = run.outLines();
        assertEquals("port.article: 3 sentences and clauses by check-worthiness", lines.get(0), run.out());
        String top = lines.get(1);
        assertTrue(top.matches("\\s+1\\s+0\\.\\d{3}\\s+5\\s+Port traffic in Szczecin fell by 14% last year.*"), top);
        assertTrue(top.contains("percentage") && top.contains("superlative"), top);
        assertTrue(lines.get(3).contains("Thank you.") || lines.get(3).contains("Good morning"), lines.toString());
        assertEquals(4, lines.size(), run.out());
    }

    @Test
    void jsonAnnotationsScoreEverySentence() throws Exception {
        CommandRunner cli = new CommandRunner(dir);
        cli.write("port.article", ARTICLE);
        CommandRunner.Run run = cli.run("--format", "json", "--annotations", "port.article");
        JsonNode file = new ObjectMapper().readTree(run.out()).get(0);
        int claims = 0;
        for (JsonNode a : file.get("annotations")) {
            if (a.get("type").asText().equals("claim")) {
                claims++;
                double score = a.get("score").asDouble();
                assertTrue(score > 0 && score < 1, a.toString());
                assertTrue(a.get("signals").isObject(), a.toString());
                int start = a.get("start").asInt();
                assertEquals(ARTICLE.substring(start, a.get("end").asInt()), a.get("text").asText());
            }
        }
        assertEquals(3, claims, run.out());
    }
}
