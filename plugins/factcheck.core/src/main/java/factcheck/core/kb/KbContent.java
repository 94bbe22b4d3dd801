package factcheck.core.kb;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything read from the data files before cross-references are checked: terms may name people
 * and jurisdictions defined in other files, so resolution waits until every file is read.
 */
final class KbContent {

    final Map<String, Jurisdiction> jurisdictions = new LinkedHashMap<>();
    final Map<String, Office> offices = new LinkedHashMap<>();
    final Map<String, Person> people = new LinkedHashMap<>();
    final List<Term> terms = new ArrayList<>();
    final List<String> problems = new ArrayList<>();

    void problem(String file, String entry, String message) {
        problems.add(file + ": " + entry + ": " + message);
    }
}
