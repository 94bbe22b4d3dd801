package factcheck.core.article;

/** The bytes of an article could not be decoded as text; the message names the byte offset. */
public final class ArticleDecodingException extends Exception {

    private static final long serialVersionUID = 1L;
    private final long byteOffset;

    public ArticleDecodingException(String message, long byteOffset) {
        super(message);
        this.byteOffset = byteOffset;
    }

    /** Offset of the first offending byte in the input, or -1 when no single byte is to blame. */
    public long byteOffset() {
        return byteOffset;
    }
}
