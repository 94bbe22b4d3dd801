package factcheck.core.ledger;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ledger of one article: its entries, kept sorted by id so that the file's order is stable
 * whatever is edited in the article (a changed verdict is a one-entry diff).
 *
 * @param article the article's file name, for people reading the file
 * @param entries the entries, sorted by id, ids unique
 */
public record Ledger(String article, List<LedgerEntry> entries) {

    public Ledger {
        Map<String, LedgerEntry> byId = new LinkedHashMap<>();
        for (LedgerEntry e : entries) {
            byId.put(e.id(), e);
        }
        List<LedgerEntry> sorted = new ArrayList<>(byId.values());
        sorted.sort(Comparator.comparing(LedgerEntry::id));
        entries = List.copyOf(sorted);
    }

    public static Ledger empty(String article) {
        return new Ledger(article, List.of());
    }

    public Optional<LedgerEntry> entry(String id) {
        return entries.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** This ledger with the given entries added, or replacing the entries of the same id. */
    public Ledger with(Collection<LedgerEntry> changed) {
        List<LedgerEntry> all = new ArrayList<>(entries);
        all.addAll(changed);
        return new Ledger(article, all);
    }

    /**
     * An id for a new entry of this anchor: its fingerprint, with a suffix when an entry of another
     * claim already holds it (two identical sentences in one article).
     */
    public String newId(Anchor anchor) {
        String base = anchor.fingerprint();
        String id = base;
        for (int n = 2; entry(id).isPresent(); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
