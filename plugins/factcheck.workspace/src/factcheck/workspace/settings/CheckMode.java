package factcheck.workspace.settings;

/** When the workbench checks articles. */
public enum CheckMode {
    /** While typing (editor annotations) and on save (markers). */
    AS_YOU_TYPE("as-you-type", "As you type"),
    /** When a file is saved or built; the editor shows the markers of the saved state only. */
    ON_SAVE("on-save", "On save"),
    /** Only when the user runs "Check Article". */
    MANUAL("manual", "Manually");

    private final String id;
    private final String label;

    CheckMode(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public static CheckMode parse(String id) {
        for (CheckMode m : values()) {
            if (m.id.equals(id)) {
                return m;
            }
        }
        return AS_YOU_TYPE;
    }
}
