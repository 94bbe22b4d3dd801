package factcheck.workspace.settings;

import java.time.DateTimeException;
import java.time.LocalDate;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.QualifiedName;

/**
 * A dateline the user set for one file ("Set Dateline…"), kept as a persistent resource property so
 * the article text stays untouched. It overrides any dateline found in the text.
 */
public final class Datelines {

    public static final QualifiedName PROPERTY = new QualifiedName(CheckSettings.NODE, "dateline");

    private Datelines() {
    }

    /** The override, or null when there is none (or it is unreadable). */
    public static LocalDate get(IFile file) {
        try {
            String value = file.exists() ? file.getPersistentProperty(PROPERTY) : null;
            return value == null ? null : LocalDate.parse(value);
        } catch (CoreException | DateTimeException e) {
            return null;
        }
    }

    /** Sets the override; null removes it. */
    public static void set(IFile file, LocalDate date) throws CoreException {
        file.setPersistentProperty(PROPERTY, date == null ? null : date.toString());
    }
}
