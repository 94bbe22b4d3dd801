package factcheck.core.article;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the article formats we accept and finds headline, body, paragraphs and dateline:
 * <ol>
 * <li>a first line {@code date YYYY-MM-DD Headline} (leading white space allowed);</li>
 * <li>Markdown with YAML front matter ({@code date:} or {@code dateline:}, {@code title:},
 * optional {@code timezone:});</li>
 * <li>plain text opening with a dateline sentence such as {@code Friday, January 4, 2019}, alone or
 * after a headline line (the Wikinews layout);</li>
 * <li>any text, with the dateline given by the caller, which then overrides the text's own.</li>
 * </ol>
 * Nothing is rewritten: every span points into the text exactly as decoded.
 */
public final class ArticleParser {

    // Matched against lines with leading white space already skipped: a leading [ \t]* would make
    // find() quadratic on long runs of spaces.
    private static final Pattern HEADER = Pattern.compile("date[ \\t]+(\\d{4}-\\d{2}-\\d{2})(?:[ \\t]+([^\\r\\n]*))?");
    private static final String MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";
    private static final Pattern DATELINE_SENTENCE = Pattern.compile(
            "(?:(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),[ \\t\\u00A0]+)?(" + MONTHS
                    + ")[ \\t\\u00A0]+(\\d{1,2}),[ \\t\\u00A0]+(\\d{4})");
    private static final Pattern FRONT_MATTER_FENCE = Pattern.compile("---[ \\t]*");

    /**
     * The largest article the engine checks, in characters (about 300,000 words; any news article is
     * far smaller). Beyond it the NLP stage alone would take minutes, so the article is refused with a
     * clear error instead. Override with -Dfactcheck.maxChars.
     */
    public static final int MAX_CHARS = Integer.getInteger("factcheck.maxChars", 2_000_000);

    private ArticleParser() {
    }

    /** Parses text, using the dateline found in it. */
    public static Article parse(String name, String text) throws ArticleFormatException {
        return parse(name, text, null);
    }

    /**
     * Parses text; a non-null {@code callerDate} overrides any dateline found in the text (the text's
     * header is still recognised, so the headline and body stay right).
     */
    public static Article parse(String name, String text, LocalDate callerDate) throws ArticleFormatException {
        if (text.length() > MAX_CHARS) {
            throw new ArticleFormatException(String.format(java.util.Locale.ROOT,
                    "article too large: %,d characters; the engine checks up to %,d (raise with -Dfactcheck.maxChars)",
                    text.length(), MAX_CHARS), MAX_CHARS);
        }
        List<int[]> lines = lines(text);
        Parsed parsed = FRONT_MATTER_FENCE.matcher(line(text, lines, 0)).matches() && lines.size() > 1
                ? frontMatter(text, lines)
                : plain(text, lines);
        Optional<Dateline> dateline = callerDate != null
                ? Optional.of(new Dateline(callerDate, null, Dateline.Source.CALLER))
                : Optional.ofNullable(parsed.dateline);
        Span body = new Span(parsed.bodyStart, text.length());
        return new Article(name, text, dateline, parsed.headline, body, paragraphs(text, lines, parsed.bodyStart));
    }

    private record Parsed(Dateline dateline, Span headline, int bodyStart) {
    }

    private static Parsed plain(String text, List<int[]> lines) throws ArticleFormatException {
        int first = nextNonBlank(text, lines, 0);
        if (first < 0) {
            return new Parsed(null, null, 0);
        }
        int[] firstBounds = lines.get(first);
        int lineStart = firstBounds[0];
        while (lineStart < firstBounds[1] && (text.charAt(lineStart) == ' ' || text.charAt(lineStart) == '\t')) {
            lineStart++;
        }
        Matcher header = HEADER.matcher(text.substring(lineStart, contentEnd(text, firstBounds)));
        if (header.matches()) {
            LocalDate date = isoDate(header.group(1), "header line", lineStart + header.start(1));
            Span dateSpan = new Span(lineStart + header.start(1), lineStart + header.end(1));
            Span headline = header.group(2) == null || header.group(2).isBlank() ? null
                    : trimmed(text, lineStart + header.start(2), lineStart + header.end(2));
            return new Parsed(new Dateline(date, dateSpan, Dateline.Source.HEADER_LINE), headline,
                    lines.get(first)[1]);
        }
        // A dateline sentence as the first line, or as the line after a headline.
        Dateline dl = datelineSentence(text, lines, first);
        if (dl != null) {
            return new Parsed(dl, null, lines.get(first)[1]);
        }
        int second = nextNonBlank(text, lines, first + 1);
        if (second >= 0) {
            dl = datelineSentence(text, lines, second);
            if (dl != null) {
                int[] h = lines.get(first);
                return new Parsed(dl, trimmed(text, h[0], contentEnd(text, h)), lines.get(second)[1]);
            }
        }
        return new Parsed(null, null, 0);
    }

    private static Dateline datelineSentence(String text, List<int[]> lines, int index) throws ArticleFormatException {
        int[] l = lines.get(index);
        Span span = trimmed(text, l[0], contentEnd(text, l));
        Matcher m = DATELINE_SENTENCE.matcher(span.of(text));
        if (!m.matches()) {
            return null;
        }
        int year = Integer.parseInt(m.group(4));
        int day = Integer.parseInt(m.group(3));
        Month month = Month.valueOf(m.group(2).toUpperCase(Locale.ROOT));
        LocalDate date;
        try {
            date = LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new ArticleFormatException("dateline '" + span.of(text) + "' is not a calendar date", span.start());
        }
        // A stated weekday that disagrees with the date is kept in the text; the date rules report it.
        return new Dateline(date, span, Dateline.Source.DATELINE_SENTENCE);
    }

    private static Parsed frontMatter(String text, List<int[]> lines) throws ArticleFormatException {
        int close = -1;
        for (int i = 1; i < lines.size(); i++) {
            if (FRONT_MATTER_FENCE.matcher(line(text, lines, i)).matches()) {
                close = i;
                break;
            }
        }
        if (close < 0) {
            throw new ArticleFormatException("front matter opened with '---' on line 1 is never closed", 0);
        }
        int yamlStart = lines.get(1)[0];
        int yamlEnd = lines.get(close)[0];
        Map<String, Object> fields = FrontMatter.read(text.substring(yamlStart, yamlEnd), yamlStart);
        Dateline dateline = null;
        Object dateValue = fields.containsKey("dateline") ? fields.get("dateline") : fields.get("date");
        String key = fields.containsKey("dateline") ? "dateline" : "date";
        if (dateValue != null) {
            String raw = dateValue.toString().trim();
            Span span = FrontMatter.valueSpan(text, yamlStart, yamlEnd, key, raw);
            int at = span == null ? yamlStart : span.start();
            String zone = fields.get("timezone") == null ? null : fields.get("timezone").toString().trim();
            dateline = new Dateline(frontMatterDate(raw, zone, at), span, Dateline.Source.FRONT_MATTER);
        }
        Span headline = null;
        Object title = fields.get("title");
        if (title != null && !title.toString().isBlank()) {
            headline = FrontMatter.valueSpan(text, yamlStart, yamlEnd, "title", title.toString().trim());
        }
        int bodyStart = lines.get(close)[1];
        if (headline == null) {
            int first = nextNonBlank(text, lines, close + 1);
            if (first >= 0 && line(text, lines, first).startsWith("# ")) {
                int[] l = lines.get(first);
                headline = trimmed(text, l[0] + 2, contentEnd(text, l));
                bodyStart = l[1];
            }
        }
        return new Parsed(dateline, headline, bodyStart);
    }

    private static LocalDate frontMatterDate(String raw, String zone, int at) throws ArticleFormatException {
        if (raw.length() == 10) {
            return isoDate(raw, "front matter", at);
        }
        try {
            OffsetDateTime odt = OffsetDateTime.parse(raw);
            return zone == null ? odt.toLocalDate() : odt.atZoneSameInstant(ZoneId.of(zone)).toLocalDate();
        } catch (DateTimeException e) {
            throw new ArticleFormatException("front matter date '" + raw
                    + "' is neither YYYY-MM-DD nor an ISO date-time with offset", at);
        }
    }

    private static LocalDate isoDate(String value, String where, int at) throws ArticleFormatException {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeException e) {
            throw new ArticleFormatException("dateline " + value + " in the " + where + " is not a calendar date", at);
        }
    }

    /** Paragraphs: maximal runs of non-blank lines in the body, each trimmed of outer white space. */
    private static List<Span> paragraphs(String text, List<int[]> lines, int bodyStart) {
        List<Span> result = new ArrayList<>();
        int start = -1;
        int end = -1;
        for (int[] l : lines) {
            if (l[1] <= bodyStart) {
                continue;
            }
            int from = Math.max(l[0], bodyStart);
            int to = contentEnd(text, l);
            boolean blank = allBlank(text, from, Math.max(from, to));
            if (blank) {
                if (start >= 0) {
                    result.add(trimmed(text, start, end));
                    start = -1;
                }
            } else {
                if (start < 0) {
                    start = from;
                }
                end = to;
            }
        }
        if (start >= 0) {
            result.add(trimmed(text, start, end));
        }
        return result;
    }

    /** Lines as [start, endIncludingBreak]. */
    private static List<int[]> lines(String text) {
        List<int[]> lines = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                int end = (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') ? i + 2 : i + 1;
                lines.add(new int[] {start, end});
                start = end;
                i = end - 1;
            }
        }
        if (start < n || lines.isEmpty()) {
            lines.add(new int[] {start, n});
        }
        return lines;
    }

    private static int contentEnd(String text, int[] line) {
        int end = line[1];
        while (end > line[0] && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return end;
    }

    private static String line(String text, List<int[]> lines, int index) {
        int[] l = lines.get(index);
        return text.substring(l[0], contentEnd(text, l));
    }

    private static int nextNonBlank(String text, List<int[]> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            int[] l = lines.get(i);
            if (!allBlank(text, l[0], contentEnd(text, l))) {
                return i;
            }
        }
        return -1;
    }

    /** Trims white space, including no-break spaces (real datelines end with U+00A0). */
    static Span trimmed(String text, int start, int end) {
        while (start < end && isBlank(text.charAt(start))) {
            start++;
        }
        while (end > start && isBlank(text.charAt(end - 1))) {
            end--;
        }
        return new Span(start, end);
    }

    private static boolean allBlank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isBlank(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
