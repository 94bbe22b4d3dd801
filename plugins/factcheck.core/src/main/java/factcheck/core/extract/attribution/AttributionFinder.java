package factcheck.core.extract.attribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import factcheck.core.annotation.TextRef;
import factcheck.core.article.Article;
import factcheck.core.article.Span;
import factcheck.core.extract.quote.Quote;
import factcheck.core.extract.quote.QuoteProblem;
import factcheck.core.extract.quote.QuotedTerm;
import factcheck.core.extract.quote.QuotedTitle;
import factcheck.core.nlp.Sentence;

/**
 * Finds who said what. Every outer quotation of the body gets one attribution: from a cue after it
 * ("“…,” Smith said"), before it ("He stated, “…”") or around it ("“A,” she said, “B.”"); failing
 * that, linked to the speaker of the quotation in the paragraph before when the paragraph is a bare
 * continuation quote; failing that, source kind {@link SourceKind#NONE}, unless the marks hold a title
 * ({@link QuotedTitle}: "starred in “Silver Harbour Nights”") or a term inside a sentence ({@link QuotedTerm}:
 * "register as “undeclared”"), which get none. Cues that introduce a
 * clause of their own ("Officials said the bridge would reopen", "according to Reuters, …") give
 * indirect attributions. Thread-safe: no state survives a call.
 */
public final class AttributionFinder {

    /** How many words may stand between a quotation and the cue after it that attributes it. */
    private static final int NEAR_QUOTE = 12;
    /** How many words (with its marks) a quoted title inside an "according to" phrase may have: a book's, a plan's. */
    private static final int BOOK_WORDS = 16;

    private AttributionFinder() {
    }

    /**
     * @param sentences the article's sentences from the NLP pipeline
     * @param quotes    the article's quotations from {@code QuoteFinder}
     * @return the attributions, ordered by start
     */
    public static List<Attribution> find(Article article, List<Sentence> sentences, List<Quote> quotes) {
        return new Run(article, sentences, quotes).find();
    }

    /** Words besides a conjunction that may join two quotations: "and “…”", "or a “…”", "and that “…”". */
    private static final Set<String> JOINING = Set.of("a", "an", "the", "that", "even", "then", "also");

    /** The state of one call. */
    private static final class Run {
        private final String text;
        private final List<Span> paragraphs;
        private final List<Sentence> sentences;
        private final List<Quote> outer = new ArrayList<>();
        private final ArticleWords words;
        private final PersonMentions mentions;
        private final SegmentReader reader;
        private final Speakers speakers;
        private final Map<Quote, Attribution> afterCue = new HashMap<>();
        private final Map<Quote, Attribution> beforeCue = new HashMap<>();
        private final Map<Quote, Reading> afterReading = new HashMap<>();
        private final Map<Quote, Reading> beforeReading = new HashMap<>();
        /** The segment that leads into each quotation, whatever its cues. */
        private final Map<Quote, Segment> leadIn = new HashMap<>();
        /** Quotations inside the clause of the cue before them: "Cruz said that there is “…”". */
        private final Set<Quote> embedded = new HashSet<>();
        private final TreeSet<Integer> cueStarts = new TreeSet<>();
        /** Readings of cues that two quotations shared and the other one won. */
        private final List<Reading> losers = new ArrayList<>();
        private final List<Attribution> result = new ArrayList<>();
        private final boolean[] paragraphHasCue;
        /** Each sentence's paragraph, by sentence index: "it" looks for its subject in the same paragraph. */
        private final Map<Integer, Integer> paragraphBySentence = new HashMap<>();

        Run(Article article, List<Sentence> sentences, List<Quote> quotes) {
            this.text = article.text();
            this.paragraphs = article.paragraphs();
            this.sentences = sentences;
            for (Quote q : quotes) {
                if (q.depth() == 0 && q.firstParagraph() >= 0 && q.problem() != QuoteProblem.STRAY_CLOSE) {
                    outer.add(q);
                }
            }
            outer.sort(Comparator.comparingInt(Quote::start));
            this.words = new ArticleWords(sentences, paragraphs.size());
            for (Sentence s : sentences) {
                paragraphBySentence.put(s.index(), s.paragraph());
            }
            List<Word> narrative = outside(words.all(), outer);
            this.mentions = new PersonMentions(text, narrative);
            this.reader = new SegmentReader(text);
            this.speakers = new Speakers(text, mentions, new SentenceSubjects(text, narrative), this::paragraphOfSentence);
            this.paragraphHasCue = new boolean[paragraphs.size()];
        }

        /** The words outside every quotation: a name inside someone's words is not who "he" is. */
        private static List<Word> outside(List<Word> all, List<Quote> quotes) {
            List<Word> kept = new ArrayList<>(all.size());
            int q = 0;
            for (Word w : all) {
                while (q < quotes.size() && quotes.get(q).end() <= w.start()) {
                    q++;
                }
                if (q >= quotes.size() || w.start() < quotes.get(q).start()) {
                    kept.add(w);
                }
            }
            return kept;
        }

        List<Attribution> find() {
            List<Segment> segments = Frames.ofArticle(words, paragraphs, outer);
            for (int i = 0; i < segments.size(); i++) {
                Segment seg = segments.get(i);
                Segment joined = i + 1 < segments.size() ? QuoteCredits.acrossTitle(seg, segments.get(i + 1)) : null;
                if (joined == null && i + 1 < segments.size() && AccordingTo.runsIntoQuote(seg)) {
                    // "according to the “Ferries First” plan she released": the quotation is inside the source
                    joined = QuoteCredits.across(seg, segments.get(i + 1), BOOK_WORDS);
                }
                if (joined != null && (speaksAfter(joined, segments.get(i + 1)) || AccordingTo.runsIntoQuote(seg))) {
                    readSegment(joined); // "“…,” Bill Rowe, wearing “Lund 2020” pins, said": one subject
                    i++;
                    continue;
                }
                readSegment(seg);
            }
            attributeQuotes();
            result.sort(Comparator.comparingInt(Attribution::start).thenComparingInt(Attribution::end));
            return List.copyOf(result);
        }

        /**
         * Whether the cue of a segment joined across a short quotation is in the part after it and its
         * source starts before the quotation, where that part alone finds no source: the quotation stood
         * inside the subject.
         */
        private boolean speaksAfter(Segment joined, Segment after) {
            List<Reading> alone = reader.read(after);
            if (!alone.isEmpty() && alone.get(0).source() != null) {
                return false; // "Kerpen needled the “reporter,” saying …": the part after it has its subject
            }
            List<Reading> readings = reader.read(joined);
            Quote title = after.prev();
            return !readings.isEmpty() && readings.get(0).source() != null
                    && readings.get(0).cue().start() >= title.end() && readings.get(0).source().start() < title.start();
        }

        private void readSegment(Segment seg) {
            if (seg.next() != null) {
                leadIn.put(seg.next(), seg);
            }
            if (credit(seg)) {
                return; // "-Ana Ruiz, writing after the vote": the aside after the name says nothing new
            }
            List<Reading> readings = reader.read(seg);
            if (readings.isEmpty()) {
                return;
            }
            Reading main = readings.get(0);
            // Only a cue with a source speaks for a quotation nearby; "is expected" alone does not.
            readings.stream().filter(r -> r.source() != null).forEach(r -> cueStarts.add(r.cue().start()));
            paragraphHasCue[seg.paragraph()] |= main.source() != null;
            boolean sourced = main.source() != null;
            boolean toNext = sourced && seg.next() != null;
            // "“A,” she said": the cue right after a quotation is its attribution, unless the sentence
            // before already gave the quotation one and the quotation does not run on into this cue
            // ("Ruiz said it was “a mistake” for Lee to resign": "resign" is no cue of the quotation).
            boolean toPrev = sourced && seg.prev() != null && main.content() == null && (!toNext || SegmentReader.runsInto(seg))
                    && (!beforeCue.containsKey(seg.prev()) || SegmentReader.runsInto(seg))
                    && wordsBetween(seg, main) <= NEAR_QUOTE;
            if (toPrev) {
                afterCue.putIfAbsent(seg.prev(), direct(main, seg.prev()));
                afterReading.putIfAbsent(seg.prev(), main);
            }
            Reading lead = toNext ? leadingInto(readings, main) : null;
            if (toNext && !beforeCue.containsKey(seg.next())) {
                beforeCue.put(seg.next(), direct(lead, seg.next()));
                beforeReading.put(seg.next(), lead);
                if (!seg.words().get(seg.to() - 1).punctuation()) {
                    embedded.add(seg.next());
                }
            }
            for (int i = 0; i < readings.size(); i++) {
                Reading reading = readings.get(i);
                // A cue with neither source nor content ("is expected" alone) tells the reader nothing.
                boolean taken = toPrev && reading == main || toNext && reading == lead;
                if (!taken && (reading.content() != null || reading.source() != null)) {
                    result.add(build(reading, reading.content(), null));
                }
            }
        }

        /**
         * The reading whose words the quotation after the segment is: the last cue with a source and no
         * words of its own, when it comes after the first ("Lars shared the news, writing “…”", "Lee, who
         * has long criticized the plan, told reporters: “…”"); else the segment's first cue with a source.
         */
        private static Reading leadingInto(List<Reading> readings, Reading main) {
            Reading lead = main;
            // "The mayor, who had opposed the plan, praised the crew for “…”": the relative clause closed
            // before the main verb, whose words the quotation is
            boolean afterRelative = Attribution.relativePronoun(main.source().text());
            for (Reading r : readings) {
                // "Olsen slammed the plan and accused Ruiz of a “flip-flop”": a later verb of the same
                // speaker is the one whose words the quotation completes
                boolean sameSpeaker = main.source().equals(r.source());
                if (r.source() != null && (r.content() == null || sameSpeaker || afterRelative)
                        && r.cue().start() > lead.cue().start()) {
                    lead = r;
                }
            }
            return lead;
        }

        /**
         * "“…” — Ana Ruiz, mayor of Porto.", or a paragraph "- Ana Ruiz." right after a paragraph that ends
         * in a quotation: a credit line gives that quotation its speaker. Whether it did.
         */
        private boolean credit(Segment seg) {
            Reading r = QuoteCredits.creditLine(text, seg);
            Quote q = r == null ? null : seg.prev() != null ? seg.prev() : quoteEndingParagraphBefore(seg);
            if (q == null) {
                return false;
            }
            cueStarts.add(r.cue().start());
            paragraphHasCue[seg.paragraph()] = true;
            afterCue.putIfAbsent(q, direct(r, q));
            afterReading.putIfAbsent(q, r);
            return true;
        }

        /** The quotation that is the whole paragraph before the one {@code seg} opens, or null. */
        private Quote quoteEndingParagraphBefore(Segment seg) {
            int p = seg.paragraph();
            if (p == 0 || seg.from() != 0) {
                return null;
            }
            Span before = paragraphs.get(p - 1);
            for (int i = outer.size() - 1; i >= 0; i--) {
                Quote q = outer.get(i);
                if (q.end() <= before.end() && q.end() > before.start()) {
                    // the whole paragraph is the quotation: not "… called him “my friend.”" above "- Reuters."
                    boolean whole = bare(before.start(), q.start()) && bare(q.end(), before.end());
                    return whole ? q : null;
                }
            }
            return null;
        }

        /** Whether the text [a, b) is only blanks and punctuation. */
        private boolean bare(int a, int b) {
            for (int i = a; i < b; i++) {
                char c = text.charAt(i);
                if (Character.isLetterOrDigit(c)) {
                    return false;
                }
            }
            return true;
        }

        /** Words from the segment's start to the cue: "“…,” the mayor of the city said" is six. */
        private static int wordsBetween(Segment seg, Reading r) {
            int n = 0;
            for (int i = seg.from(); i < seg.to() && seg.words().get(i).start() < r.cue().start(); i++) {
                n++;
            }
            return n;
        }

        private Attribution direct(Reading reading, Quote q) {
            return build(reading, q.content(), q);
        }

        private void attributeQuotes() {
            Attribution[] lastByParagraph = new Attribution[paragraphs.size()];
            Attribution previous = null;
            for (int i = 0; i < outer.size(); i++) {
                Quote q = outer.get(i);
                Attribution a = ownCue(q);
                if (a == null && i > 0) {
                    a = continued(outer.get(i - 1), q);
                }
                if (a == null && previous != null && previous.quoteStart() == outer.get(i - 1).start()) {
                    a = joinedTo(previous, q); // "Lund called him “a liar” and “a coward”"
                }
                if (a == null && QuotedTitle.of(q)) {
                    // "starred in “Silver Harbour Nights”": a title in marks is nobody's words, so neither a
                    // governing verb nor a speaker before it speaks for it
                    previous = null;
                    continue;
                }
                if (a == null && leadIn.containsKey(q)) {
                    Reading governing = QuoteCredits.governingVerb(text, leadIn.get(q));
                    a = governing == null ? null : direct(governing, q); // "Holm lauded the crew for “…”"
                }
                if (a == null && leadIn.containsKey(q) && !QuotedTerm.of(q)) {
                    a = governedByClause(q, leadIn.get(q)); // "The board saw Lund, then 44, as “…”"
                }
                if (a == null) {
                    int p = q.firstParagraph();
                    Attribution before = p > 0 ? lastByParagraph[p - 1] : null;
                    boolean opens = q.start() == paragraphs.get(p).start();
                    boolean continuation = opens && !paragraphHasCue[p];
                    if (!opens && QuotedTerm.of(q)) {
                        previous = null;
                        continue; // "voters who register as “undeclared”": a term in marks, nobody's words
                    }
                    a = continuation && before != null && before.sourceKind() != SourceKind.NONE
                            ? linked(q, before) : unattributed(q);
                }
                result.add(a);
                previous = a;
                lastByParagraph[q.lastParagraph()] = a;
            }
            keepLosers();
        }

        /**
         * A cue no quotation took is still a cue of its own words ("adding" in "said “A,” adding"); a bare
         * colon is not ("His verdict: “A,” he said"): it only ever introduced the quotation; nor is a credit line.
         */
        private void keepLosers() {
            Set<Integer> used = new HashSet<>();
            for (Attribution a : result) {
                if (a.cue() != null) {
                    used.add(a.cue().start());
                }
            }
            for (Reading r : losers) {
                boolean introduces = ":".equals(r.lemma()) || "credit".equals(r.lemma());
                if (!introduces && used.add(r.cue().start()) && (r.content() != null || r.source() != null)) {
                    result.add(build(r, r.content(), null));
                }
            }
        }

        /**
         * The attribution a cue next to the quotation gives it: the cue after it ("“A,” she said"), unless
         * the quotation stands inside the clause of the cue before it ("Cruz said that there is “A,” adding
         * …": "adding" has its own words). The cue that loses is still reported, with its own words.
         */
        private Attribution ownCue(Quote q) {
            Attribution after = afterCue.get(q);
            Attribution before = beforeCue.get(q);
            if (after == null || before == null) {
                return after != null ? after : before;
            }
            if (after.cue().start() == before.cue().start()) {
                return after;
            }
            boolean beforeWins = embedded.contains(q);
            losers.add(beforeWins ? afterReading.get(q) : beforeReading.get(q));
            return beforeWins ? before : after;
        }

        /**
         * "“A,” Ruiz said. “B …": a quotation right after the sentence that attributed the one before
         * it, with no other cue between them, goes on in the same speaker's words.
         */
        private Attribution continued(Quote prev, Quote q) {
            Reading r = afterReading.get(prev);
            if (r == null || prev.lastParagraph() != q.firstParagraph()
                    || cueStarts.subSet(prev.end(), q.start()).size() != 1) {
                return null;
            }
            return build(r, q.content(), q);
        }

        /**
         * The attribution the clause leading into a quotation inside its sentence gives it: the subject of
         * the verb the quotation is the object of, when that subject is someone who can speak and stands
         * before the quotation. Null otherwise.
         */
        private Attribution governedByClause(Quote q, Segment seg) {
            int v = GoverningClause.words(q) ? GoverningClause.verb(seg) : -1;
            Reading r = v < 0 ? null : reader.governing(seg, v);
            if (r == null || r.source().end() > q.start() || !GoverningClause.speaker(r)) {
                return null;
            }
            return direct(r, q);
        }

        /**
         * "Lund called him “a liar” and “a coward”", "… praised the “steady hands,” “quiet courage” and
         * “good humour” of the crew": a quotation joined to the one before it in the same sentence by only a
         * conjunction, a comma or an article is in the same speaker's words, under the same cue. Null
         * when the one before has no source, or other words stand between them.
         */
        private Attribution joinedTo(Attribution before, Quote q) {
            Segment seg = leadIn.get(q);
            if (before.source() == null || before.sentence() != sentenceAt(q.start()) || seg == null
                    || seg.prev() == null || seg.prev().start() != before.quoteStart()) {
                return null;
            }
            boolean joins = false;
            for (int x = seg.from(); x < seg.to(); x++) {
                Word w = seg.words().get(x);
                boolean conjunction = "CCONJ".equals(w.pos()) || w.is(",");
                if (!conjunction && !JOINING.contains(w.lower())) {
                    return null;
                }
                joins |= conjunction;
            }
            if (!joins) {
                return null;
            }
            int start = Math.min(before.start(), q.start());
            return new Attribution(start, q.end(), text.substring(start, q.end()), before.cue(), before.source(),
                    q.content(), before.sourceKind(), before.resolvedSpeaker(), before.resolvedSpeakerRef(),
                    before.cueLemma(), before.loadedCue(), before.cueTone(), true, false, before.intermediary(),
                    before.intermediaryKind(), q.start(), before.sentence(), before.cueGroup(), before.learnedCue());
        }

        private Attribution linked(Quote q, Attribution before) {
            return new Attribution(q.start(), q.end(), q.text(), null, before.source(), q.content(),
                    before.sourceKind(), before.resolvedSpeaker(), before.resolvedSpeakerRef(), null, false,
                    CueTone.NEUTRAL, true, true, before.intermediary(), before.intermediaryKind(), q.start(),
                    sentenceAt(q.start()), null);
        }

        private Attribution unattributed(Quote q) {
            return new Attribution(q.start(), q.end(), q.text(), null, null, q.content(), SourceKind.NONE, null, null,
                    null, false, CueTone.NEUTRAL, true, false, null, null, q.start(), sentenceAt(q.start()), null);
        }

        /** An attribution from a reading: of quotation {@code q}, or of reported speech when q is null. */
        private Attribution build(Reading r, TextRef content, Quote q) {
            TextRef source = r.source();
            int start = r.cue().start();
            int end = r.cue().end();
            for (TextRef part : new TextRef[] {source, content, r.intermediary()}) {
                if (part != null) {
                    start = Math.min(start, part.start());
                    end = Math.max(end, part.end());
                }
            }
            if (q != null) {
                start = Math.min(start, q.start());
                end = Math.max(end, q.end());
            }
            TextRef speaker = speakers.resolve(r);
            return new Attribution(start, end, text.substring(start, end), r.cue(), source, content, r.kind(),
                    speaker == null ? null : speaker.text(), speaker, r.lemma(), r.tone().loaded(), r.tone(), q != null,
                    false, r.intermediary(), r.intermediaryKind(), q == null ? -1 : q.start(), r.sentence(), r.group(),
                    r.learned());
        }

        /** The paragraph of the sentence with index {@code sentence}, or -1. */
        private int paragraphOfSentence(int sentence) {
            return paragraphBySentence.getOrDefault(sentence, -1);
        }

        /** Index of the sentence holding {@code offset}, or -1. */
        private int sentenceAt(int offset) {
            int lo = 0;
            int hi = sentences.size() - 1;
            int best = -1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (sentences.get(mid).start() <= offset) {
                    best = mid;
                    lo = mid + 1;
                } else {
                    hi = mid - 1;
                }
            }
            return best < 0 ? -1 : sentences.get(best).index();
        }
    }
}
