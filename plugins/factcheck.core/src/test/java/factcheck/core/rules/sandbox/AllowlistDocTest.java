package factcheck.core.rules.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The README's rule API section is the allowlist's, and the allowlist file reads as documented. */
class AllowlistDocTest {

    @Test
    void theReadmeListsExactlyTheAllowedApi() throws Exception {
        Path readme = Path.of("../../README.md");
        if (!Files.exists(readme)) {
            readme = Path.of("README.md");
        }
        String text = Files.readString(readme);
        String section = AllowlistDoc.render(ApiAllowlist.standard().lines());
        assertTrue(text.contains(AllowlistDoc.BEGIN), "the README has no generated rule API section");
        assertEquals(section, text.substring(text.indexOf(AllowlistDoc.BEGIN), text.indexOf(AllowlistDoc.END)
                + AllowlistDoc.END.length()), "the README's rule API differs from allowed-api.txt: run releng/scripts/allowed-api-doc.sh");
    }

    @Test
    void wildcardsAdmitDeclaredMembersButNeverACapability() throws Exception {
        ApiAllowlist list = ApiAllowlist.parse(List.of("!type java.lang.Class", "!type java.nio.", "java.lang.String#*",
                "!java.lang.String#repeat"));
        assertTrue(list.allows(String.class, String.class.getMethod("length")));
        assertFalse(list.allows(String.class, String.class.getMethod("repeat", int.class)), "denied by name");
        assertFalse(list.allows(String.class, Object.class.getMethod("getClass")), "inherited, and returns a Class");
        assertFalse(list.allows(String.class, String.class.getMethod("getBytes", java.nio.charset.Charset.class)),
                "a wildcard never admits a member taking a denied type");
    }

    @Test
    void explicitEntriesCoverSubtypesThatInheritTheMember() throws Exception {
        ApiAllowlist list = ApiAllowlist.parse(List.of("java.util.List#get", "java.util.ArrayList#new()"));
        assertTrue(list.allows(java.util.ArrayList.class, java.util.ArrayList.class.getMethod("get", int.class)));
        assertFalse(list.allows(java.util.ArrayList.class, java.util.ArrayList.class.getMethod("add", Object.class)));
        assertTrue(list.allows(java.util.ArrayList.class.getConstructor()));
        assertFalse(list.allows(java.util.ArrayList.class.getConstructor(int.class)), "a capacity constructor is not listed");
    }

    @Test
    void aLineThatIsNotAnEntryIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ApiAllowlist.parse(List.of("java.lang.String")));
    }
}
