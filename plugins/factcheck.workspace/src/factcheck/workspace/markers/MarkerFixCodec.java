package factcheck.workspace.markers;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes fixes as one compact JSON string for the marker attribute {@link FindingMarkers#FIXES}
 * ({@code [{"l":label,"s":start,"e":end,"r":replacement,"o":original}]}) and reads it back. Marker
 * attributes hold strings, numbers and booleans only; JSON keeps the attribute readable in
 * {@code .markers} dumps. Hand-written because the core's Jackson is embedded, not exported.
 */
public final class MarkerFixCodec {

    private MarkerFixCodec() {
    }

    public static String encode(List<MarkerFix> fixes) {
        StringBuilder b = new StringBuilder("[");
        for (MarkerFix f : fixes) {
            if (b.length() > 1) {
                b.append(',');
            }
            b.append("{\"l\":");
            string(b, f.label());
            b.append(",\"s\":").append(f.start()).append(",\"e\":").append(f.end()).append(",\"r\":");
            string(b, f.replacement());
            b.append(",\"o\":");
            string(b, f.original());
            b.append('}');
        }
        return b.append(']').toString();
    }

    /** Reads what {@link #encode} wrote; anything else gives an empty list. */
    public static List<MarkerFix> decode(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            return new Reader(json).fixes();
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    private static void string(StringBuilder b, String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        b.append('"');
    }

    private static final class Reader {
        private final String s;
        private int i;

        Reader(String s) {
            this.s = s;
        }

        List<MarkerFix> fixes() {
            List<MarkerFix> result = new ArrayList<>();
            expect('[');
            if (peek() == ']') {
                return result;
            }
            do {
                result.add(fix());
            } while (next() == ',');
            return result;
        }

        private MarkerFix fix() {
            expect('{');
            String label = "", replacement = "", original = "";
            int start = 0, end = 0;
            do {
                String key = string();
                expect(':');
                switch (key) {
                    case "l" -> label = string();
                    case "r" -> replacement = string();
                    case "o" -> original = string();
                    case "s" -> start = number();
                    case "e" -> end = number();
                    default -> throw new IllegalArgumentException("key " + key);
                }
            } while (next() == ',');
            return new MarkerFix(label, start, end, replacement, original);
        }

        private String string() {
            expect('"');
            StringBuilder b = new StringBuilder();
            for (char c = s.charAt(i++); c != '"'; c = s.charAt(i++)) {
                if (c == '\\') {
                    char e = s.charAt(i++);
                    switch (e) {
                        case 'n' -> b.append('\n');
                        case 'r' -> b.append('\r');
                        case 't' -> b.append('\t');
                        case 'u' -> {
                            b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                            i += 4;
                        }
                        default -> b.append(e);
                    }
                } else {
                    b.append(c);
                }
            }
            return b.toString();
        }

        private int number() {
            int from = i;
            while (s.charAt(i) == '-' || Character.isDigit(s.charAt(i))) {
                i++;
            }
            return Integer.parseInt(s.substring(from, i));
        }

        private char peek() {
            return s.charAt(i);
        }

        private char next() {
            return s.charAt(i++);
        }

        private void expect(char c) {
            if (s.charAt(i++) != c) {
                throw new IllegalArgumentException("expected " + c + " at " + (i - 1));
            }
        }
    }
}
