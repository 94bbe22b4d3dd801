package factcheck.core.rules;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The hex SHA-256 of a sequence of strings, each length-prefixed so ("ab","c") and ("a","bc") differ. */
final class Sha256 {

    private Sha256() {
    }

    static String of(Iterable<String> parts) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
        for (String part : parts) {
            byte[] b = part.getBytes(StandardCharsets.UTF_8);
            sha.update(new byte[] {(byte) (b.length >>> 24), (byte) (b.length >>> 16), (byte) (b.length >>> 8),
                    (byte) b.length});
            sha.update(b);
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
