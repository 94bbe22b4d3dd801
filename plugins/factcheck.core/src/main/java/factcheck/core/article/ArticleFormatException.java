package factcheck.core.article;

/** The article's header or front matter is malformed; the message says what and where. */
public final class ArticleFormatException extends Exception {

    private static final long serialVersionUID = 1L;
    private final int offset;

    public ArticleFormatException(String message, int offset) {
        super(message);
        this.offset = offset;
    }

    /** Character offset in the decoded text where the problem is. */
    public int offset() {
        return offset;
    }
}
