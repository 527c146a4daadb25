package org.anodefree.model;

import java.util.LinkedHashMap;
import java.util.Map;
import org.anodefree.InputException;

/**
 * Which law runs for each mechanism of the interface model, by name: the {@code model:} section of the
 * parameter file, or {@code --set model.<mechanism>=<name>}. Every name is checked against
 * {@link LawCatalog} when the record is made, so a typo fails with the names that exist.
 *
 * @param kinetics charge transfer at the Li | LPSC interface ({@code butler-volmer}, {@code linear})
 * @param nucleation Li on bare Cu ({@code classical}, {@code none})
 * @param heterogeneity spatial spread of the exchange current ({@code lognormal}, {@code none})
 * @param contactFeedback thickness-dependent contact ({@code thickness}, {@code none})
 * @param creep lateral flow of the deposit ({@code thin-film}, {@code none})
 * @param spreading islands widening over bare Cu as they thicken ({@code island-growth}, {@code none})
 * @param voids contact loss on stripping ({@code creep-limited}, {@code none})
 * @param filaments filament start and growth ({@code flaw-growth}, {@code weibull-tip}, {@code none})
 * @param filamentThresholds how cell-level filament statistics map onto the patch ({@code cell-weibull},
 *     {@code patch-weibull})
 * @param shortCircuit the electronic path a bridging filament makes ({@code filament-bridge}, {@code none})
 * @param interphase Li lost to the Li | LPSC interphase ({@code parabolic}, {@code none})
 */
public record ModelOptions(String kinetics, String nucleation, String heterogeneity, String contactFeedback,
        String creep, String spreading, String voids, String filaments, String filamentThresholds, String shortCircuit,
        String interphase) {

    public ModelOptions {
        Map<LawCatalog.Mechanism, String> names = new LinkedHashMap<>();
        names.put(LawCatalog.Mechanism.KINETICS, kinetics);
        names.put(LawCatalog.Mechanism.NUCLEATION, nucleation);
        names.put(LawCatalog.Mechanism.HETEROGENEITY, heterogeneity);
        names.put(LawCatalog.Mechanism.CONTACT_FEEDBACK, contactFeedback);
        names.put(LawCatalog.Mechanism.CREEP, creep);
        names.put(LawCatalog.Mechanism.SPREADING, spreading);
        names.put(LawCatalog.Mechanism.VOIDS, voids);
        names.put(LawCatalog.Mechanism.FILAMENTS, filaments);
        names.put(LawCatalog.Mechanism.FILAMENT_THRESHOLDS, filamentThresholds);
        names.put(LawCatalog.Mechanism.SHORT_CIRCUIT, shortCircuit);
        names.put(LawCatalog.Mechanism.INTERPHASE, interphase);
        names.forEach((m, n) -> LawCatalog.require(m, n, "model." + m.key()));
    }

    /** The full model: every mechanism's default law. */
    public static ModelOptions defaults() {
        return new ModelOptions("butler-volmer", "classical", "lognormal", "thickness", "thin-film", "island-growth",
                "creep-limited", "flaw-growth", "cell-weibull", "filament-bridge", "parabolic");
    }

    /** Every mechanism off ({@code none}), with the given kinetics: the uniform, analytic interface. */
    public static ModelOptions none(String kinetics) {
        return new ModelOptions(kinetics, "none", "none", "none", "none", "none", "none", "none", "patch-weibull",
                "none", "none");
    }

    /** The laws a parameter set names in its {@code model:} section (defaults for mechanisms it leaves out). */
    public static ModelOptions of(org.anodefree.parameters.ModelParameters parameters) {
        return fromMap(parameters.lawNames(), parameters.lawNamesSource() + ": model");
    }

    /** The law chosen for a mechanism. */
    public String name(LawCatalog.Mechanism m) {
        return switch (m) {
            case KINETICS -> kinetics;
            case NUCLEATION -> nucleation;
            case HETEROGENEITY -> heterogeneity;
            case CONTACT_FEEDBACK -> contactFeedback;
            case CREEP -> creep;
            case SPREADING -> spreading;
            case VOIDS -> voids;
            case FILAMENTS -> filaments;
            case FILAMENT_THRESHOLDS -> filamentThresholds;
            case SHORT_CIRCUIT -> shortCircuit;
            case INTERPHASE -> interphase;
        };
    }

    /** Every mechanism with its law, in declaration order (for summaries and the parameter file). */
    public Map<String, String> asMap() {
        Map<String, String> out = new LinkedHashMap<>();
        for (LawCatalog.Mechanism m : LawCatalog.Mechanism.values()) {
            out.put(m.key(), name(m));
        }
        return out;
    }

    /** A copy with one mechanism's law replaced; {@code where} names the source for the error message. */
    public ModelOptions with(String mechanismKey, String lawName, String where) {
        LawCatalog.Mechanism m = LawCatalog.Mechanism.byKey(mechanismKey, where);
        Map<String, String> v = asMap();
        v.put(m.key(), LawCatalog.require(m, lawName.strip(), where));
        return fromMap(v, where);
    }

    /**
     * Options from a map of mechanism keys to law names; mechanisms not given keep their default, an unknown
     * key or name is an error naming {@code where}.
     */
    public static ModelOptions fromMap(Map<String, String> given, String where) {
        Map<String, String> v = defaults().asMap();
        for (Map.Entry<String, String> e : given.entrySet()) {
            LawCatalog.Mechanism m = LawCatalog.Mechanism.byKey(e.getKey(), where);
            v.put(m.key(), LawCatalog.require(m, e.getValue(), where + ": " + m.key()));
        }
        return new ModelOptions(v.get("kinetics"), v.get("nucleation"), v.get("heterogeneity"),
                v.get("contactFeedback"), v.get("creep"), v.get("spreading"), v.get("voids"), v.get("filaments"),
                v.get("filamentThresholds"), v.get("shortCircuit"), v.get("interphase"));
    }

    /** Unused-check helper for {@link InputException}s: the names a mechanism accepts. */
    static String choices(LawCatalog.Mechanism m) {
        return String.join(", ", LawCatalog.names(m));
    }

    static InputException unknown(String where, String name, LawCatalog.Mechanism m) {
        return new InputException(where + ": no law '" + name + "' for " + m.key() + "; choose " + choices(m));
    }
}
