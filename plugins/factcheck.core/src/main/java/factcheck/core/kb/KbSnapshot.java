package factcheck.core.kb;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A checked knowledge base's content in a compact binary form: what {@link KbCache} keeps so that a
 * run does not parse and check the same YAML and JSON again (about a second of CPU in a fresh JVM,
 * against a few tens of milliseconds for this). Strings go in a table once each; dates as epoch days;
 * each person's name keys too, which the index would otherwise compute again.
 *
 * <p>Only {@link KbCache} writes and reads it, for content that passed the data check. A snapshot
 * that is cut short or of another format version throws {@link IOException}; the caller then
 * loads the data files instead.
 */
final class KbSnapshot {

    /** Bump whenever the layout or the meaning of a field changes. */
    static final int VERSION = 3;
    private static final int MAGIC = 0x46434b42; // "FCKB"

    private KbSnapshot() {
    }

    static byte[] write(KbContent content) {
        Writer w = new Writer();
        try {
            w.content(content);
            return w.bytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
    }

    static KbContent read(byte[] bytes) throws IOException {
        try {
            return new Reader(bytes).content();
        } catch (RuntimeException e) {
            throw new IOException("damaged knowledge-base snapshot: " + e, e);
        }
    }

    private static final class Writer {
        private final Map<String, Integer> ids = new HashMap<>();
        private final List<String> table = new ArrayList<>();
        private final ByteArrayOutputStream body = new ByteArrayOutputStream(64 * 1024);
        private final DataOutputStream out = new DataOutputStream(body);

        void content(KbContent c) throws IOException {
            out.writeInt(c.jurisdictions.size());
            for (Jurisdiction j : c.jurisdictions.values()) {
                str(j.id()); str(j.name()); strs(j.names()); strs(j.adjectives()); str(j.file());
            }
            out.writeInt(c.offices.size());
            for (Office o : c.offices.values()) {
                str(o.id()); str(o.jurisdictionId()); strs(o.titles()); strs(o.forms());
                day(o.holdersCompleteFrom()); out.writeBoolean(o.perPersonComplete()); day(o.historyFrom());
                str(o.note()); str(o.file());
            }
            out.writeInt(c.people.size());
            for (Person p : c.people.values()) {
                str(p.id()); str(p.name()); strs(p.aliases()); str(p.born()); str(p.note()); str(p.file());
                List<KbContent.NameIndexKey> keys = c.nameKeys(p);
                out.writeInt(keys.size());
                for (KbContent.NameIndexKey k : keys) {
                    str(k.key()); str(k.ends());
                }
            }
            out.writeInt(c.terms.size());
            for (Term t : c.terms) {
                str(t.personId()); str(t.officeId()); kbDate(t.start()); kbDate(t.end());
                day(t.expectedEnd()); day(t.asOf()); str(t.source()); str(t.note());
                out.writeBoolean(t.uncertain()); out.writeBoolean(t.acting());
                out.writeInt(t.details().size());
                for (var e : new java.util.TreeMap<>(t.details()).entrySet()) {
                    str(e.getKey()); str(e.getValue());
                }
                str(t.origin());
            }
        }

        byte[] bytes() throws IOException {
            ByteArrayOutputStream all = new ByteArrayOutputStream(body.size() + 64 * 1024);
            DataOutputStream head = new DataOutputStream(all);
            head.writeInt(MAGIC);
            head.writeInt(VERSION);
            head.writeInt(table.size());
            for (String s : table) {
                head.writeUTF(s);
            }
            body.writeTo(head);
            head.flush();
            return all.toByteArray();
        }

        /** -1 for null, else the string's index in the table. */
        private void str(String s) throws IOException {
            out.writeInt(s == null ? -1 : ids.computeIfAbsent(s, x -> {
                table.add(x);
                return table.size() - 1;
            }));
        }

        private void strs(List<String> list) throws IOException {
            out.writeInt(list.size());
            for (String s : list) {
                str(s);
            }
        }

        private void day(LocalDate d) throws IOException {
            out.writeBoolean(d != null);
            if (d != null) {
                out.writeLong(d.toEpochDay());
            }
        }

        private void kbDate(KbDate d) throws IOException {
            out.writeBoolean(d != null);
            if (d != null) {
                out.writeLong(d.first().toEpochDay());
                out.writeLong(d.last().toEpochDay());
                out.writeByte(d.precision().ordinal());
            }
        }
    }

    private static final class Reader {
        private final DataInputStream in;
        private String[] table;

        Reader(byte[] bytes) {
            in = new DataInputStream(new ByteArrayInputStream(bytes));
        }

        KbContent content() throws IOException {
            if (in.readInt() != MAGIC || in.readInt() != VERSION) {
                throw new IOException("not a knowledge-base snapshot of version " + VERSION);
            }
            table = new String[count()];
            for (int i = 0; i < table.length; i++) {
                table[i] = in.readUTF();
            }
            KbContent c = new KbContent();
            for (int n = count(); n > 0; n--) {
                Jurisdiction j = new Jurisdiction(str(), str(), strs(), strs(), str());
                c.jurisdictions.put(j.id(), j);
            }
            for (int n = count(); n > 0; n--) {
                Office o = new Office(str(), str(), strs(), strs(), day(), in.readBoolean(), day(), str(), str());
                c.offices.put(o.id(), o);
            }
            for (int n = count(); n > 0; n--) {
                Person p = new Person(str(), str(), strs(), str(), str(), str());
                c.people.put(p.id(), p);
                List<KbContent.NameIndexKey> keys = new ArrayList<>();
                for (int k = count(); k > 0; k--) {
                    keys.add(new KbContent.NameIndexKey(str(), str()));
                }
                c.knownNameKeys.put(p.id(), keys);
            }
            for (int n = count(); n > 0; n--) {
                String person = str();
                String office = str();
                KbDate start = kbDate();
                KbDate end = kbDate();
                LocalDate expectedEnd = day();
                LocalDate asOf = day();
                String source = str();
                String note = str();
                boolean uncertain = in.readBoolean();
                boolean acting = in.readBoolean();
                Map<String, String> details = new LinkedHashMap<>();
                for (int d = count(); d > 0; d--) {
                    details.put(str(), str());
                }
                c.terms.add(new Term(person, office, start, end, expectedEnd, asOf, source, note, uncertain, acting,
                        details, str()));
            }
            if (in.read() != -1) {
                throw new IOException("trailing bytes after the knowledge-base snapshot");
            }
            return c;
        }

        private int count() throws IOException {
            int n = in.readInt();
            if (n < 0 || n > in.available()) {
                throw new IOException("bad count " + n);
            }
            return n;
        }

        private String str() throws IOException {
            int i = in.readInt();
            return i == -1 ? null : table[i];
        }

        private List<String> strs() throws IOException {
            List<String> list = new ArrayList<>();
            for (int n = count(); n > 0; n--) {
                list.add(str());
            }
            return list;
        }

        private LocalDate day() throws IOException {
            return in.readBoolean() ? LocalDate.ofEpochDay(in.readLong()) : null;
        }

        private KbDate kbDate() throws IOException {
            if (!in.readBoolean()) {
                return null;
            }
            LocalDate first = LocalDate.ofEpochDay(in.readLong());
            LocalDate last = LocalDate.ofEpochDay(in.readLong());
            return new KbDate(first, last, Precision.values()[in.readByte()]);
        }
    }
}
