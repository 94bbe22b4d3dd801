package factcheck.core.extract.person;

import java.util.ArrayList;
import java.util.List;

/**
 * A mention while the finder still links it: the person may be decided only after the whole article
 * is read (surnames before full names, role references, "as Vice President" subjects).
 */
final class MentionDraft {

    final int segment;
    /** Index of the first word in the segment, for looking at neighbours when resolving. */
    final int word;
    /** Index after the last word. */
    final int endWord;
    int start;
    int end;
    int nameStart = -1;
    int nameEnd = -1;
    TitlePhrase title;
    String country;
    TitleKind kind = TitleKind.NONE;
    MentionForm form;
    Entity entity;
    String relation;
    /** Word index of what the relation is relative to ("his", "Doe’s"), or -1. */
    int relationAnchor = -1;
    Entity relatedTo;
    final List<Entity> refersTo = new ArrayList<>();
    int sentence;

    MentionDraft(int segment, int word, int endWord, int start, int end, MentionForm form, int sentence) {
        this.segment = segment;
        this.word = word;
        this.endWord = endWord;
        this.start = start;
        this.end = end;
        this.form = form;
        this.sentence = sentence;
    }

    void name(NameRun run) {
        nameStart = run.start();
        nameEnd = run.stop();
    }

    void title(TitlePhrase phrase) {
        title = phrase;
        kind = phrase.kind();
        if (phrase.afterAs() && kind == TitleKind.CURRENT) {
            kind = TitleKind.ROLE_IN_PAST;
        }
        if (country == null) {
            country = phrase.country();
        }
        if (phrase.deceased()) {
            relation = "deceased";
        }
    }
}
