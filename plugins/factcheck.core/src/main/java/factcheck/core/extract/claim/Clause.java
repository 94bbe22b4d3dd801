package factcheck.core.extract.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import factcheck.core.nlp.Token;

/**
 * A sentence or one clause of it, as tokens with their lower-case, straight-apostrophe forms. A
 * sentence is split at ";" and before ", but" / ", while" / ", whereas" / ", although".
 */
record Clause(List<Token> tokens, String[] norm) {

    private static final Set<String> SPLITTING_CONJUNCTIONS = Set.of("but", "while", "whereas", "although");

    static Clause of(List<Token> tokens) {
        String[] norm = new String[tokens.size()];
        for (int i = 0; i < norm.length; i++) {
            norm[i] = normalise(tokens.get(i).text());
        }
        return new Clause(List.copyOf(tokens), norm);
    }

    static String normalise(String text) {
        return text.replace('’', '\'').replace('‘', '\'').toLowerCase(Locale.ROOT);
    }

    /** The clauses of a segment's tokens; punctuation at the cut is left out of both sides. */
    static List<Clause> split(List<Token> tokens) {
        List<Clause> clauses = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < tokens.size(); i++) {
            String t = normalise(tokens.get(i).text());
            boolean semicolon = t.equals(";");
            boolean commaConj = t.equals(",") && i + 1 < tokens.size()
                    && SPLITTING_CONJUNCTIONS.contains(normalise(tokens.get(i + 1).text()));
            if (semicolon || commaConj) {
                if (i > from) {
                    clauses.add(of(tokens.subList(from, i)));
                }
                from = i + 1;
            }
        }
        if (from < tokens.size()) {
            clauses.add(of(tokens.subList(from, tokens.size())));
        }
        return clauses;
    }

    int size() {
        return norm.length;
    }

    Token token(int i) {
        return tokens.get(i);
    }

    String pos(int i) {
        return i >= 0 && i < norm.length ? tokens.get(i).pos() : "";
    }

    /** The normalised word at i, or "" outside the clause. */
    String at(int i) {
        return i >= 0 && i < norm.length ? norm[i] : "";
    }

    boolean is(int i, String word) {
        return at(i).equals(word);
    }
}
