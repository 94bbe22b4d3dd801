/**
 * The claim ledger: what the newsroom decided about each claim, attribution and date finding of an
 * article (status, note, sources, who and when), stored beside the article in
 * {@code .factcheck/<article>.ledger.json} so that it travels through version control.
 *
 * <p>Entries are anchored to the claim's text and its surroundings, not to offsets:
 * {@link factcheck.core.ledger.AnchorMatcher} finds them again after the article was edited, marks
 * them "changed since checked" when only a close match is left, and leaves them unattached rather
 * than guess between two equally good candidates. {@link factcheck.core.ledger.LedgerStore} reads
 * and writes the file under a lock, merging with what another writer saved meanwhile.
 */
package factcheck.core.ledger;
