package org.anodefree.parameters;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.anodefree.InputException;

/**
 * The complete, immutable set of model parameters: one {@link ParameterEntry} (value and source) for
 * every {@link Parameter}, and the law chosen for each mechanism of the interface model (the file's
 * {@code model:} section, read as names here and checked against the law catalog by
 * {@code model.ModelOptions}, which this package cannot see). Read from a parameter file (the defaults ship
 * as {@code parameters/default.yaml}); changed only by returning a new set ({@link #with},
 * {@link #withOverride}).
 */
public final class ModelParameters {
    /** The classpath resource holding the default parameter set. */
    public static final String DEFAULT_RESOURCE = "/parameters/default.yaml";

    /** The key of the section that names the laws, and the prefix of {@code --set model.<mechanism>=<law>}. */
    public static final String MODEL_SECTION = "model";

    private final EnumMap<Parameter, ParameterEntry> entries;
    private final Map<String, String> lawNames;
    private final String lawNamesSource;

    private ModelParameters(EnumMap<Parameter, ParameterEntry> entries, Map<String, String> lawNames,
            String lawNamesSource) {
        this.entries = entries;
        this.lawNames = Collections.unmodifiableMap(new LinkedHashMap<>(lawNames));
        this.lawNamesSource = lawNamesSource;
    }

    /** The default parameter set shipped with anodefree (read once; the set is immutable). */
    public static ModelParameters defaults() {
        return Defaults.SET;
    }

    /** Holder idiom: the resource is read on first use, once, thread-safely. */
    private static final class Defaults {
        static final ModelParameters SET = readDefaults();
    }

    private static ModelParameters readDefaults() {
        try (InputStream in = ModelParameters.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + DEFAULT_RESOURCE + " is missing from the build");
            }
            return read(new String(in.readAllBytes(), StandardCharsets.UTF_8), "default.yaml");
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + DEFAULT_RESOURCE, e);
        }
    }

    /** Reads a parameter file; every known parameter must be present, and nothing else. */
    public static ModelParameters read(String text, String source) {
        EnumMap<Parameter, ParameterEntry> map = new EnumMap<>(Parameter.class);
        Map<String, String> laws = new LinkedHashMap<>();
        String lawsSource = source;
        for (ParameterFileReader.RawEntry raw : ParameterFileReader.read(text, source)) {
            String where = source + ":" + raw.line();
            if (raw.key().equals(MODEL_SECTION)) {
                if (!laws.isEmpty()) {
                    throw new InputException(where + ": the '" + MODEL_SECTION + "' section is given twice");
                }
                for (Map.Entry<String, Object> f : raw.fields().entrySet()) {
                    if (!(f.getValue() instanceof String name) || name.isBlank()) {
                        throw new InputException(where + ": model: " + f.getKey() + ": expected a law name, e.g. none");
                    }
                    laws.put(f.getKey(), name);
                }
                lawsSource = where;
                continue;
            }
            Parameter p = Parameter.byKey(raw.key());
            if (p == null) {
                throw new InputException(where + ": unknown parameter '" + raw.key() + "'" + suggestions(raw.key()));
            }
            if (map.containsKey(p)) {
                throw new InputException(where + ": parameter '" + raw.key() + "' is given twice");
            }
            map.put(p, entry(p, raw, where));
        }
        List<String> missing = new ArrayList<>();
        for (Parameter p : Parameter.values()) {
            if (!map.containsKey(p)) {
                missing.add(p.key());
            }
        }
        if (!missing.isEmpty()) {
            throw new InputException(source + ": missing parameters: " + String.join(", ", missing));
        }
        return new ModelParameters(map, laws, lawsSource);
    }

    private static ParameterEntry entry(Parameter p, ParameterFileReader.RawEntry raw, String where) {
        for (String field : raw.fields().keySet()) {
            if (field.equals("calibrated")) {
                throw new InputException(where + ": " + raw.key() + ": 'calibrated:' is gone; say where the value comes"
                        + " from with source:, fitted: (the committed spec, rows, seeds and report) or assumed: (reason"
                        + " and range tried)");
            }
            if (!List.of("value", "source", "fitted", "assumed", "note").contains(field)) {
                throw new InputException(where + ": " + raw.key() + ": unknown field '" + field
                        + "'; expected value, one of source, fitted or assumed, and note");
            }
        }
        Object v = raw.fields().get("value");
        if (!(v instanceof String s)) {
            throw new InputException(where + ": " + raw.key() + ": 'value:' with a number is required");
        }
        double value = p.parseValue(s, where + ": " + raw.key());
        Provenance provenance = null;
        for (Provenance.Kind k : List.of(Provenance.Kind.SOURCE, Provenance.Kind.FITTED, Provenance.Kind.ASSUMED)) {
            Object text = raw.fields().get(k.field());
            if (text == null) {
                continue;
            }
            if (!(text instanceof String t)) {
                throw new InputException(where + ": " + raw.key() + ": " + k.field() + ": is text, not a list");
            }
            if (provenance != null) {
                throw new InputException(where + ": " + raw.key() + ": give exactly one of source:, fitted: or assumed:");
            }
            try {
                provenance = new Provenance(k, t);
            } catch (InputException e) {
                throw new InputException(where + ": " + raw.key() + ": " + e.getMessage(), e);
            }
        }
        Object note = raw.fields().get("note");
        if (note != null && !(note instanceof String)) {
            throw new InputException(where + ": " + raw.key() + ": note is text, not a list");
        }
        try {
            return new ParameterEntry(p, value, provenance, (String) note);
        } catch (InputException e) {
            throw new InputException(where + ": " + e.getMessage(), e);
        }
    }

    /** The value of a parameter, in the unit its key names. */
    public double value(Parameter p) {
        return entries.get(p).value();
    }

    /** The value and its provenance. */
    public ParameterEntry entry(Parameter p) {
        return entries.get(p);
    }

    /**
     * The law named for each mechanism, as written ({@code model:} section and {@code --set model.x=y});
     * mechanisms not named take their default law.
     */
    public Map<String, String> lawNames() {
        return lawNames;
    }

    /** Where {@link #lawNames()} came from (file:line, or the override), for error messages. */
    public String lawNamesSource() {
        return lawNamesSource;
    }

    /** All entries in declaration order. */
    public Map<Parameter, ParameterEntry> entries() {
        return Collections.unmodifiableMap(entries);
    }

    /** A copy with one value replaced (range-checked); its source records the override. */
    public ModelParameters with(Parameter p, double value) {
        EnumMap<Parameter, ParameterEntry> copy = new EnumMap<>(entries);
        copy.put(p, entries.get(p).overridden(p.check(value, "--set " + p.key())));
        return new ModelParameters(copy, lawNames, lawNamesSource);
    }

    /**
     * Applies {@code name=value} as given to {@code --set}: a bare number is in the key's unit, a number
     * with a unit is converted. An unknown name is an error that lists the closest known names.
     */
    public ModelParameters withOverride(String assignment) {
        int eq = assignment.indexOf('=');
        if (eq <= 0) {
            throw new InputException("--set " + assignment + ": expected name=value, e.g. "
                    + "lpsc.conductivitySiemensPerMeter=0.18");
        }
        String name = assignment.substring(0, eq).strip();
        if (name.startsWith(MODEL_SECTION + ".")) {
            String law = assignment.substring(eq + 1).strip();
            if (law.isEmpty()) {
                throw new InputException("--set " + assignment + ": expected a law name after '=', e.g. "
                        + MODEL_SECTION + ".filaments=none");
            }
            Map<String, String> laws = new LinkedHashMap<>(lawNames);
            laws.put(name.substring(MODEL_SECTION.length() + 1), law);
            return new ModelParameters(entries, laws, "--set " + assignment);
        }
        Parameter p = Parameter.byKey(name);
        if (p == null) {
            throw new InputException("--set " + assignment + ": unknown parameter '" + name + "'" + suggestions(name));
        }
        return with(p, p.parseValue(assignment.substring(eq + 1), "--set " + name));
    }

    /** Applies several {@code name=value} overrides in order. */
    public ModelParameters withOverrides(List<String> assignments) {
        ModelParameters out = this;
        for (String a : assignments) {
            out = out.withOverride(a);
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ModelParameters m && m.entries.equals(entries) && m.lawNames.equals(lawNames);
    }

    @Override
    public int hashCode() {
        return 31 * entries.hashCode() + lawNames.hashCode();
    }

    /** "; did you mean a, b or c?" with the known keys nearest in edit distance, or the full list. */
    static String suggestions(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        List<Parameter> all = new ArrayList<>(List.of(Parameter.values()));
        all.sort(Comparator.comparingInt((Parameter p) -> distance(lower, p.key().toLowerCase(Locale.ROOT)))
                .thenComparing(Parameter::key));
        List<String> close = new ArrayList<>();
        for (Parameter p : all.subList(0, 3)) {
            String key = p.key().toLowerCase(Locale.ROOT);
            boolean near = distance(lower, key) <= Math.max(3, key.length() / 3)
                    || key.contains(lower) || lower.contains(key.substring(key.indexOf('.') + 1));
            if (near) {
                close.add(p.key());
            }
        }
        if (close.isEmpty()) {
            return "; known parameters: " + String.join(", ", all.stream().map(Parameter::key).sorted().toList());
        }
        return "; did you mean " + String.join(" or ", close) + "?";
    }

    /** Levenshtein distance; hand-written because core may not depend on a text library for 20 lines. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
