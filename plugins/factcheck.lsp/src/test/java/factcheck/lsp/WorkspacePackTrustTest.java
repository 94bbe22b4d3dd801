package factcheck.lsp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workspace's own {@code .factcheck/rules/} pack is code; the server runs it only when the client
 * set {@code trustWorkspaceRules}, and never by default.
 */
class WorkspacePackTrustTest {

    static final String RULE = "ws.no-jetty";
    static final String TEXT = "date 2022-09-01 Pier repairs\n\nThe old jetty at Quay Street closes for repairs in October.\n";

    @Test
    void theWorkspacePackRunsOnlyWhenTrusted(@TempDir Path workspace) throws Exception {
        Path pack = workspace.resolve(".factcheck/rules");
        Files.createDirectories(pack.resolve("style"));
        Files.writeString(pack.resolve("pack.yaml"), "id: test.workspace\nname: Workspace test pack\nversion: 1.0.0\n");
        Files.writeString(pack.resolve("style/no-jetty.drl"), """
                package test.workspace.style

                import factcheck.core.nlp.Token

                global factcheck.core.rules.FindingSink findings

                rule "ws.no-jetty"
                when
                    $t : Token( text == "jetty" )
                then
                    findings.report(drools, $t.start(), $t.end(), "House style: write pier, not jetty");
                end
                """, StandardCharsets.UTF_8);
        Files.writeString(pack.resolve("style/no-jetty.yaml"), """
                id: ws.no-jetty
                category: claim
                severity: warning
                title: Pier, not jetty
                description: The house style says pier.
                examples:
                  - text: "The jetty closed."
                    triggers: true
                    match: "jetty"
                """, StandardCharsets.UTF_8);
        Path article = workspace.resolve("pier.article");
        Files.writeString(article, TEXT, StandardCharsets.UTF_8);
        String uri = article.toUri().toString();

        try (ServerProcess s = new ServerProcess()) {
            s.initialize(workspace, null);
            s.open(uri, "factcheck", TEXT);
            PublishDiagnosticsParams untrusted = s.client.awaitDiagnostics(uri, p -> p.getVersion() == 1);
            assertFalse(LanguageServerSessionTest.has(untrusted, RULE), "not trusted: the workspace pack does not run");
        }
        try (ServerProcess s = new ServerProcess()) {
            s.initialize(workspace, "{\"trustWorkspaceRules\": true}");
            s.open(uri, "factcheck", TEXT);
            PublishDiagnosticsParams trusted = s.client.awaitDiagnostics(uri, p -> p.getVersion() == 1);
            assertTrue(LanguageServerSessionTest.has(trusted, RULE), "trusted: " + trusted);
        }
    }
}
