package factcheck.lsp;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import factcheck.core.findings.Severity;
import factcheck.core.rules.RuleSettings;

/**
 * What the client configured, from {@code initializationOptions} or
 * {@code workspace/didChangeConfiguration} (either the object itself or one under a
 * {@code "factcheck"} key, as editors nest settings by server):
 *
 * <pre>
 * { "rules": { "claim.causal": "off", "date.relative-day": "warning" },
 *   "rulePacks": ["/path/to/pack"], "defaultRules": true, "dateline": "2021-11-10",
 *   "trustWorkspaceRules": false, "verifiedClaims": "lower", "debounceMs": 25 }
 * </pre>
 *
 * A value that cannot be read is left at its default and reported in {@link #problems()}, so one
 * typo never stops the checks.
 *
 * @param rules               rules switched off and severity overrides
 * @param rulePacks           extra pack folders or jars, as {@code --rules} takes them
 * @param defaultRules        whether the standard pack runs
 * @param dateline            a dateline for every document, or null for each article's own
 * @param trustWorkspaceRules whether a workspace's {@code .factcheck/rules/} pack may run (off by
 *                            default: a pack is code the server would run on the user's machine)
 * @param verifiedClaims      what happens to findings the ledger says are verified
 * @param debounceMs          how long a change waits for the next before it is checked
 * @param problems            what could not be read, for a message to the user
 */
record ServerSettings(RuleSettings rules, List<String> rulePacks, boolean defaultRules, LocalDate dateline,
        boolean trustWorkspaceRules, VerifiedClaims verifiedClaims, int debounceMs, List<String> problems) {

    static final int DEFAULT_DEBOUNCE_MS = 25;

    static final ServerSettings DEFAULTS = new ServerSettings(RuleSettings.DEFAULTS, List.of(), true, null, false,
            VerifiedClaims.LOWER, DEFAULT_DEBOUNCE_MS, List.of());

    /** What becomes of a finding whose claim the ledger marks verified (as the workbench's preference). */
    enum VerifiedClaims {
        LOWER, HIDE, KEEP
    }

    ServerSettings {
        rulePacks = List.copyOf(rulePacks);
        problems = List.copyOf(problems);
    }

    /** The settings object itself: the one under "factcheck" when there is one, else an empty one for non-objects. */
    static JsonObject unwrap(JsonElement json) {
        if (json == null || !json.isJsonObject()) {
            return new JsonObject();
        }
        JsonObject o = json.getAsJsonObject();
        return o.has("factcheck") && o.get("factcheck").isJsonObject() ? o.getAsJsonObject("factcheck") : o;
    }

    /**
     * The settings of {@code initializationOptions} with those of the latest
     * {@code didChangeConfiguration} over them, key by key: editors that send an empty configuration
     * after start-up (Neovim does) do not wipe the options the server was started with.
     */
    static ServerSettings of(JsonElement initializationOptions, JsonElement configuration) {
        JsonObject merged = unwrap(initializationOptions).deepCopy();
        unwrap(configuration).entrySet().forEach(e -> merged.add(e.getKey(), e.getValue()));
        return of(merged);
    }

    /** Reads settings; null or anything but an object gives the defaults. */
    static ServerSettings of(JsonElement json) {
        if (json == null || !json.isJsonObject()) {
            return DEFAULTS;
        }
        JsonObject o = unwrap(json);
        List<String> problems = new ArrayList<>();
        Set<String> disabled = new HashSet<>();
        Map<String, Severity> severities = new LinkedHashMap<>();
        if (o.has("rules") && o.get("rules").isJsonObject()) {
            for (Map.Entry<String, JsonElement> e : o.getAsJsonObject("rules").entrySet()) {
                String value = string(e.getValue());
                if ("off".equalsIgnoreCase(value)) {
                    disabled.add(e.getKey());
                } else if (value != null && !"on".equalsIgnoreCase(value)) {
                    try {
                        severities.put(e.getKey(), Severity.parse(value));
                    } catch (IllegalArgumentException bad) {
                        problems.add("rules." + e.getKey() + ": expected on, off, error, warning or info, not '" + value
                                + "'");
                    }
                }
            }
        }
        List<String> packs = new ArrayList<>();
        if (o.has("rulePacks") && o.get("rulePacks").isJsonArray()) {
            o.getAsJsonArray("rulePacks").forEach(p -> {
                if (string(p) != null && !string(p).isBlank()) {
                    packs.add(string(p));
                }
            });
        }
        LocalDate dateline = null;
        String date = string(o.get("dateline"));
        if (date != null && !date.isBlank()) {
            try {
                dateline = LocalDate.parse(date.trim());
            } catch (DateTimeParseException bad) {
                problems.add("dateline: expected YYYY-MM-DD, not '" + date + "'");
            }
        }
        VerifiedClaims verified = VerifiedClaims.LOWER;
        String v = string(o.get("verifiedClaims"));
        if (v != null) {
            try {
                verified = VerifiedClaims.valueOf(v.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException bad) {
                problems.add("verifiedClaims: expected lower, hide or keep, not '" + v + "'");
            }
        }
        int debounce = DEFAULT_DEBOUNCE_MS;
        if (o.has("debounceMs") && o.get("debounceMs").isJsonPrimitive()
                && o.getAsJsonPrimitive("debounceMs").isNumber()) {
            debounce = Math.clamp(o.get("debounceMs").getAsInt(), 0, 10_000);
        }
        return new ServerSettings(new RuleSettings(disabled, severities), packs, flag(o, "defaultRules", true), dateline,
                flag(o, "trustWorkspaceRules", false), verified, debounce, problems);
    }

    private static boolean flag(JsonObject o, String key, boolean fallback) {
        JsonElement e = o.get(key);
        return e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isBoolean() ? e.getAsBoolean() : fallback;
    }

    private static String string(JsonElement e) {
        return e != null && e.isJsonPrimitive() ? e.getAsString() : null;
    }
}
