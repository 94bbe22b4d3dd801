package factcheck.core.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.time.LocalDate;

import factcheck.core.article.Article;
import factcheck.core.article.ArticleDecodingException;
import factcheck.core.article.ArticleFormatException;
import factcheck.core.article.ArticleParser;
import factcheck.core.article.LineMap;
import factcheck.core.article.TextDecoder;

/**
 * Reads, decodes and parses one article, turning every way that can fail into an
 * {@link InputProblem} whose message fits on one line after the file name: "no such file",
 * "invalid UTF-8: malformed byte sequence at byte offset 17 (0xC3)", "bad header at 1:6: ...".
 */
final class ArticleReader {

    private final LocalDate dateline;

    /** @param dateline the {@code --dateline} override, or null to use each article's own */
    ArticleReader(LocalDate dateline) {
        this.dateline = dateline;
    }

    Article read(ArticleInput input, byte[] stdin) throws InputProblem {
        byte[] bytes = input.isStdin() ? stdin : bytes(input);
        String text;
        try {
            text = TextDecoder.decode(bytes);
        } catch (ArticleDecodingException e) {
            throw new InputProblem(e.getMessage());
        }
        try {
            return ArticleParser.parse(input.name(), text, dateline);
        } catch (ArticleFormatException e) {
            LineMap lines = new LineMap(text);
            int at = Math.clamp(e.offset(), 0, text.length());
            throw new InputProblem("bad article header at " + lines.line(at) + ":" + lines.column(at) + ": "
                    + e.getMessage());
        }
    }

    private static byte[] bytes(ArticleInput input) throws InputProblem {
        if (Files.isDirectory(input.path())) {
            throw new InputProblem("is a directory");
        }
        try {
            return Files.readAllBytes(input.path());
        } catch (NoSuchFileException e) {
            throw new InputProblem("no such file or directory");
        } catch (AccessDeniedException e) {
            throw new InputProblem("permission denied");
        } catch (IOException e) {
            throw new InputProblem("cannot read: " + e.getMessage());
        } catch (OutOfMemoryError e) {
            throw new InputProblem("too large to check");
        }
    }
}
