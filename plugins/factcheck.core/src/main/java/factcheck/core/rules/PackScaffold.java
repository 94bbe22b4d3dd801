package factcheck.core.rules;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Creates a new, working rule pack: pack.yaml, one example rule (DRL and metadata with two
 * triggering and two non-triggering examples) and a README saying how to test, use and publish it.
 * Used by {@code factcheck --new-pack} and the workbench's New Rule Pack wizard.
 */
public final class PackScaffold {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(?:[.-][a-z0-9]+){0,20}");

    private PackScaffold() {
    }

    /**
     * Writes the pack into {@code dir}, which must not exist or be empty.
     *
     * @param id   pack id, lower case with dots or dashes, e.g. {@code courier.house-style}
     * @param name display name
     */
    public static void create(Path dir, String id, String name) throws IOException {
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("pack id '" + id
                    + "' must be lower case letters and digits separated by dots or dashes, e.g. courier.house-style");
        }
        if (Files.isDirectory(dir)) {
            try (var entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    throw new FileAlreadyExistsException(dir + " is not empty");
                }
            }
        }
        String rule = id + ".hedge-word";
        Files.createDirectories(dir.resolve("style"));
        Files.writeString(dir.resolve(RulePackLoader.PACK_FILE), """
                # A Factcheck rule pack: one DRL file per rule, its metadata and examples in the YAML
                # file of the same name; data files (word lists, knowledge base) under data/.
                id: %s
                name: %s
                version: 0.1.0
                """.formatted(id, name));
        Files.writeString(dir.resolve("style/hedge-word.drl"), """
                package %s

                import factcheck.core.nlp.Token

                global factcheck.core.rules.FindingSink findings

                // "Allegedly" and "reportedly" hedge without saying who alleges or reports: name the
                // source instead. A starting point: change the words, or write your own rule beside it.
                rule "%s"
                when
                    $w : Token( lemma in ("allegedly", "reportedly", "supposedly") )
                then
                    findings.report(drools, $w.start(), $w.end(),
                        "Hedge word \\"" + $w.text() + "\\": say who alleges or reports it");
                end
                """.formatted(id.replace('-', '_'), rule));
        Files.writeString(dir.resolve("style/hedge-word.yaml"), """
                id: %s
                category: attribution
                severity: warning
                title: Hedge word instead of a source
                description: >
                  "Allegedly", "reportedly" and "supposedly" distance the writer from a claim without
                  saying whose claim it is.
                rationale: >
                  Name who alleges or reports it, so readers can judge the source.
                examples:
                  - text: "The mayor allegedly moved the funds."
                    triggers: true
                    match: "allegedly"
                  - text: "The bridge will reportedly reopen in May."
                    triggers: true
                  - text: "Prosecutors allege that the mayor moved the funds."
                    triggers: false
                  - text: "The bridge will reopen in May, the transport office said."
                    triggers: false
                """.formatted(rule));
        Files.writeString(dir.resolve("README.md"), """
                # %s

                A Factcheck rule pack (`%s`). Test its examples, use it, and publish it:

                    factcheck --test-pack .                      # every rule's examples must pass
                    factcheck --rules . my-article.article       # check articles with it
                    factcheck --explain %s --rules .

                In Eclipse, a copy of this folder at `.factcheck/rules/` in a project is a pack for
                that project. To share it through an update site, contribute it from a bundle with the
                `factcheck.workspace.rulePacks` extension point; the Factcheck repository's
                `rules/README.md` describes the fact model, the metadata and the publishing steps.
                """.formatted(name, id, rule));
    }
}
