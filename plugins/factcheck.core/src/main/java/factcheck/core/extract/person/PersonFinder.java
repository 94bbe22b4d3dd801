package factcheck.core.extract.person;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import factcheck.core.annotation.TextRef;
import factcheck.core.article.Article;
import factcheck.core.nlp.Sentence;
import factcheck.core.nlp.Token;

/**
 * Finds person mentions and the titles written with them, and groups them into article-local people
 * ("p1", "p2", ... in order of first mention).
 *
 * <p>Without a named-entity model, names are capitalised runs (with connectors such as "da", "van",
 * "bin" and initials) that carry evidence of being a person: a title before them ("US Secretary of
 * State Jane Roe"), a title in apposition either way ("Brazil’s ambassador, Maria Costa" / "Maria
 * Costa, Brazil’s ambassador,"), an honorific, a relation ("his predecessor John Roe"), a known given
 * name or an initial, or a speech verb after a two-word run. Later single words of a known name
 * ("Roe", "Roe’s"), fuller or shorter forms are linked to the same person, also when they come before
 * the full name. Titles are read with their modifiers: "former" (FORMER), "then-" and "as ..."
 * without a name (ROLE_IN_PAST), "-elect" (ELECT), "acting" (ACTING), "the late" (FORMER, relation
 * "deceased"). Definite titles without a name ("the Brazilian leader", "the two presidents") become
 * role references listing the people they may mean. See {@link ReferenceResolver} for the linking.
 *
 * <p>Sentences split by the sentence detector after "Sen." or an initial are read joined again
 * ({@link SentenceSegments}). Work is linear in the text apart from per-mention lookups over the
 * article's people.
 */
public final class PersonFinder {

    private final TitleLexicon lexicon;

    public PersonFinder(TitleLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Finds mentions with the built-in title table. */
    public static List<PersonMention> find(Article article, List<Sentence> sentences) {
        return new PersonFinder(TitleLexicon.standard()).mentions(article, sentences);
    }

    /** Finds mentions with this finder's title lexicon; the result is in text order. */
    public List<PersonMention> mentions(Article article, List<Sentence> sentences) {
        String text = article.text();
        List<List<Word>> segments = new ArrayList<>();
        for (List<Token> tokens : SentenceSegments.of(sentences)) {
            segments.add(Word.of(tokens));
        }
        EntityRegistry registry = new EntityRegistry();
        List<MentionDraft> drafts = new ArrayList<>();
        MentionScanner scanner = new MentionScanner(lexicon, registry, drafts);
        List<boolean[]> used = new ArrayList<>();
        for (int s = 0; s < segments.size(); s++) {
            used.add(new boolean[segments.get(s).size()]);
            scanner.firstPass(s, segments.get(s), used.get(s));
        }
        for (int s = 0; s < segments.size(); s++) {
            scanner.linkPass(s, segments.get(s), used.get(s));
        }
        drafts.sort(Comparator.comparingInt((MentionDraft d) -> d.start));
        for (MentionDraft d : drafts) {
            if (d.entity != null && d.title != null) {
                d.entity.addTitle(d.title.title(), d.kind, d.country);
            }
        }
        new ReferenceResolver(lexicon).resolve(drafts, segments, registry.all());
        return build(text, drafts);
    }

    private static List<PersonMention> build(String text, List<MentionDraft> drafts) {
        Map<Entity, String> ids = new HashMap<>();
        Map<Entity, MentionDraft> first = new HashMap<>();
        for (MentionDraft d : drafts) {
            if (d.entity != null && !ids.containsKey(d.entity)) {
                ids.put(d.entity, "p" + (ids.size() + 1));
            }
            if (d.entity != null && d.nameStart >= 0 && !first.containsKey(d.entity)) {
                first.put(d.entity, d);
            }
        }
        List<PersonMention> result = new ArrayList<>(drafts.size());
        for (MentionDraft d : drafts) {
            TextRef name = d.nameStart < 0 ? null : TextRef.of(text, d.nameStart, d.nameEnd);
            TextRef titleRef = d.title == null ? null : TextRef.of(text, d.title.titleStart(), d.title.titleEnd());
            List<String> refersTo = new ArrayList<>();
            for (Entity e : d.refersTo) {
                refersTo.add(ids.get(e));
            }
            result.add(new PersonMention(d.start, d.end, text.substring(d.start, d.end), name,
                    d.title == null ? null : d.title.title(), titleRef, d.country,
                    d.title == null ? TitleKind.NONE : d.kind, ids.get(d.entity),
                    d.entity != null && first.get(d.entity) == d, d.sentence, d.form, d.relation,
                    d.relatedTo == null ? null : ids.get(d.relatedTo), refersTo));
        }
        return result;
    }
}
