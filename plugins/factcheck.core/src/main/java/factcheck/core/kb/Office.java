package factcheck.core.kb;

import java.time.LocalDate;
import java.util.List;

/**
 * An office whose holders the knowledge base lists.
 *
 * @param id                  office id, by convention {@code <jurisdiction>.<office>} ({@code fr.prime-minister})
 * @param jurisdictionId      the country or organisation it belongs to
 * @param titles              bare title forms as written before a name ("Prime Minister", "Premier"); they
 *                            combine with the jurisdiction's adjectives and names ("French Prime Minister",
 *                            "Prime Minister of France"). The first is the preferred form for suggestions.
 * @param forms               complete forms used as they are ("Secretary of State", "POTUS")
 * @param holdersCompleteFrom the date from which every holder is listed, or null if the list is partial;
 *                            only from then on can "not listed" mean "did not hold it"
 * @param perPersonComplete   every term of each listed holder is listed, even if not every holder is
 *                            (current members of Congress with their whole careers)
 * @param historyFrom         the date from which the source's holders were all read in, or null: a
 *                            period after it before the first listed term is taken as the time before
 *                            the office existed (a state founded in 1991), while gaps between listed
 *                            terms stay unknown (the source's own gaps)
 * @param note                editor's note
 * @param file                pack-relative file that defined it
 */
public record Office(String id, String jurisdictionId, List<String> titles, List<String> forms,
        LocalDate holdersCompleteFrom, boolean perPersonComplete, LocalDate historyFrom, String note, String file) {

    public Office {
        titles = List.copyOf(titles);
        forms = List.copyOf(forms);
    }

    public String preferredTitle() {
        return titles.isEmpty() ? forms.get(0) : titles.get(0);
    }

    /**
     * Whether the data can say that a listed person did not hold this office on {@code date}: either
     * every holder that day is listed, or every term of every listed holder is.
     */
    public boolean completeOn(LocalDate date) {
        return perPersonComplete || (holdersCompleteFrom != null && !date.isBefore(holdersCompleteFrom));
    }
}
