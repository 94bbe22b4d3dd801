package factcheck.core.report;

import java.io.IOException;

/**
 * Writes the outcome of a run in one format. The caller hands over the files in input order, then
 * calls {@link #finish()}; formats that stream (text) write each file at once, the others write the
 * whole document at the end.
 */
public interface ReportWriter {

    /** Takes the report of the next file. */
    void file(FileReport report) throws IOException;

    /** Writes whatever is still pending and flushes; the writer is not used afterwards. */
    void finish() throws IOException;
}
