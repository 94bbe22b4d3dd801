package factcheck.core.article;

import java.time.LocalDate;

/**
 * The date an article speaks from, against which relative dates and office titles are judged.
 *
 * @param date   the calendar date
 * @param span   where the dateline stands in the text, or null when it came from outside the text
 * @param source how it was found
 */
public record Dateline(LocalDate date, Span span, Source source) {

    public enum Source {
        /** A first line such as {@code date 2021-11-10 Headline}. */
        HEADER_LINE,
        /** Markdown front matter ({@code date:} or {@code dateline:}). */
        FRONT_MATTER,
        /** An opening dateline sentence such as {@code Friday, January 4, 2019}. */
        DATELINE_SENTENCE,
        /** Given by the caller (command line, editor property), overriding the text. */
        CALLER
    }
}
