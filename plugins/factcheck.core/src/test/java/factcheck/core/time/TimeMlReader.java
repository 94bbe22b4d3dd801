package factcheck.core.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Strips a TimeML document down to the raw text of its TEXT element, keeping the gold TIMEX3
 * spans in raw-text offsets and the DCT. A small hand-written scanner: TimeML files are flat,
 * tags never nest inside TIMEX3 text, and only the five XML entities occur.
 */
final class TimeMlReader {

    private TimeMlReader() {
    }

    static TempEvalEvaluation.Doc read(String name, String xml) {
        LocalDate dct = dct(xml);
        int from = xml.indexOf("<TEXT>");
        int to = xml.indexOf("</TEXT>");
        String body = xml.substring(from + "<TEXT>".length(), to);
        StringBuilder raw = new StringBuilder(body.length());
        List<TempEvalEvaluation.Gold> gold = new ArrayList<>();
        int openStart = -1;
        String openType = null;
        String openValue = null;
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (c == '<') {
                int close = body.indexOf('>', i);
                String tag = body.substring(i + 1, close);
                if (tag.startsWith("TIMEX3")) {
                    openStart = raw.length();
                    openType = attribute(tag, "type");
                    openValue = attribute(tag, "value");
                } else if (tag.equals("/TIMEX3") && openStart >= 0) {
                    gold.add(new TempEvalEvaluation.Gold(openStart, raw.length(), openType, openValue,
                            raw.substring(openStart)));
                    openStart = -1;
                }
                i = close + 1;
            } else if (c == '&') {
                int semi = body.indexOf(';', i);
                raw.append(entity(body.substring(i + 1, semi)));
                i = semi + 1;
            } else {
                raw.append(c);
                i++;
            }
        }
        return new TempEvalEvaluation.Doc(name, raw.toString(), gold, dct);
    }

    private static LocalDate dct(String xml) {
        int at = xml.indexOf("functionInDocument=\"CREATION_TIME\"");
        int tagStart = xml.lastIndexOf("<TIMEX3", at);
        String tag = xml.substring(tagStart, xml.indexOf('>', tagStart));
        String v = attribute(tag, "value");
        return LocalDate.parse(v.substring(0, 10));
    }

    static String attribute(String tag, String name) {
        String key = " " + name + "=\"";
        int at = tag.indexOf(key);
        if (at < 0) {
            return null;
        }
        int start = at + key.length();
        return tag.substring(start, tag.indexOf('"', start));
    }

    private static String entity(String name) {
        return switch (name) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            default -> "&" + name + ";";
        };
    }
}
