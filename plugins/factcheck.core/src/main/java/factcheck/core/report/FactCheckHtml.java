package factcheck.core.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import factcheck.core.ledger.LedgerRow;

/**
 * The fact-check report as one standalone HTML page: inline style, no scripts, every text escaped,
 * well-formed as XML as well (so tests and tools can parse it). Each row carries its status as a
 * class ({@code status-verified}, ...) and its entry id as {@code data-entry}.
 */
final class FactCheckHtml {

    private FactCheckHtml() {
    }

    static void write(List<FactCheckReport> reports, Writer out) throws IOException {
        out.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n"
                + "<title>Fact-check report</title>\n<style>\n"
                + "body{font-family:sans-serif;margin:2em;color:#222}"
                + "table{border-collapse:collapse;width:100%}"
                + "th,td{border:1px solid #ccc;padding:4px 8px;text-align:left;vertical-align:top}"
                + ".status-verified{background:#e6f4e6}.status-disputed{background:#fff4d6}"
                + ".status-false{background:#fbe3e3}.status-needs-source{background:#fff4d6}"
                + ".status-not-a-claim{color:#777}.changed{font-style:italic}\n"
                + "</style>\n</head>\n<body>\n<h1>Fact-check report</h1>\n");
        for (FactCheckReport r : reports) {
            out.write("<section class=\"article\">\n<h2>" + esc(r.article()) + "</h2>\n<ul>\n");
            out.write("<li>Dateline: " + (r.dateline() == null ? "none" : esc(r.dateline().toString())) + "</li>\n");
            out.write("<li>Rule packs: ");
            if (r.packs().isEmpty()) {
                out.write("none");
            }
            for (int i = 0; i < r.packs().size(); i++) {
                FactCheckReport.PackVersion p = r.packs().get(i);
                out.write((i > 0 ? ", " : "") + "<span class=\"pack\" title=\"" + esc(p.name()) + "\">" + esc(p.id())
                        + " " + esc(p.version()) + "</span>");
            }
            out.write("</li>\n<li class=\"progress\">" + esc(r.summary().toString()) + "</li>\n</ul>\n");
            out.write("<table>\n<thead><tr><th>#</th><th>Line</th><th>Claim</th><th>Rule</th><th>Status</th>"
                    + "<th>Note</th><th>Sources</th><th>Changed</th></tr></thead>\n<tbody>\n");
            int n = 0;
            for (LedgerRow row : r.rows()) {
                n++;
                int line = r.line(row);
                String id = row.entry() == null ? "" : row.entry().id();
                out.write("<tr class=\"status-" + row.status().id()
                        + (row.state() == LedgerRow.State.CURRENT || row.state() == LedgerRow.State.NEW ? ""
                                : " changed")
                        + "\" data-entry=\"" + esc(id) + "\">");
                out.write("<td>" + n + "</td><td>" + (line == 0 ? "" : line) + "</td>");
                out.write("<td class=\"claim\">" + esc(row.anchor().claim()) + "</td>");
                out.write("<td><code>" + esc(row.anchor().rule()) + "</code></td>");
                out.write("<td class=\"status\">" + esc(row.label()) + "</td>");
                out.write("<td class=\"note\">" + esc(row.entry() == null ? "" : row.entry().note()) + "</td><td>");
                if (row.entry() != null) {
                    for (String s : row.entry().sources()) {
                        out.write(s.matches("(?i)https?://\\S+")
                                ? "<a class=\"source\" href=\"" + esc(s) + "\">" + esc(s) + "</a><br/>"
                                : "<span class=\"source\">" + esc(s) + "</span><br/>");
                    }
                }
                out.write("</td><td>" + (row.entry() == null || row.entry().changedAt() == null ? ""
                        : esc(row.entry().changedBy() + " " + row.entry().changedAt())) + "</td></tr>\n");
            }
            out.write("</tbody>\n</table>\n</section>\n");
        }
        out.write("</body>\n</html>\n");
    }

    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
