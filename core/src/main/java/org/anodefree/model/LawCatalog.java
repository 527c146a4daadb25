package org.anodefree.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.anodefree.InputException;
import org.anodefree.parameters.Parameter;

/**
 * Every law the interface model can run, by mechanism and name, with the parameters each reads and its
 * factory. {@link InterfaceModel#of} builds a model from {@link ModelOptions} through this list only, so
 * adding a law is its class (with a static {@code from(LawContext)} and its {@code PARAMETERS}) plus one
 * line here; docs/architecture.md walks through it.
 */
public final class LawCatalog {

    /** The mechanisms of the interface model; each has a {@code none} law or a neutral default. */
    public enum Mechanism {
        KINETICS("kinetics"),
        NUCLEATION("nucleation"),
        HETEROGENEITY("heterogeneity"),
        CONTACT_FEEDBACK("contactFeedback"),
        CREEP("creep"),
        SPREADING("spreading"),
        VOIDS("voids"),
        FILAMENTS("filaments"),
        FILAMENT_THRESHOLDS("filamentThresholds"),
        SHORT_CIRCUIT("shortCircuit"),
        INTERPHASE("interphase");

        private final String key;

        Mechanism(String key) {
            this.key = key;
        }

        /** The key in the parameter file's {@code model:} section and after {@code --set model.}. */
        public String key() {
            return key;
        }

        /** The mechanism with this key, or an error naming {@code where} and listing the keys. */
        public static Mechanism byKey(String key, String where) {
            for (Mechanism m : values()) {
                if (m.key.equals(key.strip())) {
                    return m;
                }
            }
            List<String> keys = new ArrayList<>();
            for (Mechanism m : values()) {
                keys.add(m.key);
            }
            throw new InputException(where + ": no mechanism '" + key + "'; the model has " + String.join(", ", keys));
        }
    }

    /**
     * One law.
     *
     * @param mechanism what it models
     * @param name its name in {@link ModelOptions}
     * @param reads the parameters its factory reads
     * @param summary one line for docs and {@code --help}
     * @param factory builds it for a run's context
     */
    public record Law(Mechanism mechanism, String name, List<Parameter> reads, String summary,
            Function<LawContext, Object> factory) {
        public Law {
            reads = List.copyOf(reads);
        }
    }

    private static final List<Law> LAWS = List.of(
            law(Mechanism.KINETICS, "butler-volmer", ButlerVolmerElectrode.PARAMETERS,
                    "Butler-Volmer charge transfer (Newman and Thomas-Alyea)", ButlerVolmerElectrode::from),
            law(Mechanism.KINETICS, "linear", LinearElectrode.PARAMETERS,
                    "the linearised law, R_ct = RT / (F j0)", LinearElectrode::from),
            law(Mechanism.NUCLEATION, "classical", ClassicalNucleation.PARAMETERS,
                    "classical 3D nucleation rate nu exp(-(eta_n / eta)^2)", ClassicalNucleation::from),
            law(Mechanism.NUCLEATION, "none", List.of(), "bare Cu plates like Li", c -> new NucleationLaw.None()),
            law(Mechanism.HETEROGENEITY, "lognormal", LognormalHeterogeneity.PARAMETERS,
                    "correlated log-normal exchange-current field", LognormalHeterogeneity::from),
            law(Mechanism.HETEROGENEITY, "none", List.of(), "a uniform interface",
                    c -> new InterfaceHeterogeneity.None()),
            law(Mechanism.CONTACT_FEEDBACK, "thickness", ThicknessContactFeedback.PARAMETERS,
                    "thicker Li makes better contact, 1 + beta tanh((h - mean) / mean)", ThicknessContactFeedback::from),
            law(Mechanism.CONTACT_FEEDBACK, "none", List.of(), "contact does not depend on thickness",
                    c -> new ContactFeedback.None()),
            law(Mechanism.CREEP, "thin-film", ThinFilmCreep.PARAMETERS,
                    "lubrication-theory creep of the deposit under stack pressure", ThinFilmCreep::from),
            law(Mechanism.CREEP, "none", List.of(), "the deposit does not flow", c -> new DepositRelaxation.None()),
            law(Mechanism.SPREADING, "island-growth", IslandGrowth.PARAMETERS,
                    "Li islands widen as they thicken and cover bare Cu next to them", IslandGrowth::from),
            law(Mechanism.SPREADING, "none", List.of(), "only nucleation and creep cover bare Cu",
                    c -> new DepositSpreading.None()),
            law(Mechanism.VOIDS, "creep-limited", CreepLimitedVoids.PARAMETERS,
                    "voids where stripping outruns creep resupply", CreepLimitedVoids::from),
            law(Mechanism.VOIDS, "none", List.of(), "contact is never lost", c -> new VoidLaw.None()),
            law(Mechanism.FILAMENTS, "weibull-tip", TipCurrentFilaments.PARAMETERS,
                    "filaments start above a Weibull threshold and grow by tip current", TipCurrentFilaments::from),
            law(Mechanism.FILAMENTS, "flaw-growth", FlawGrowthFilaments.PARAMETERS,
                    "Li-filled flaws grow subcritically with the local overpotential, damage persists, tips focus current",
                    FlawGrowthFilaments::from),
            law(Mechanism.FILAMENTS, "none", List.of(), "no filament ever starts", c -> new FilamentLaw.None()),
            law(Mechanism.FILAMENT_THRESHOLDS, "cell-weibull", CellEquivalentWeakSites.PARAMETERS,
                    "cell-level Weibull, with the rest of the electrode's weak sites in the patch",
                    c -> FilamentThresholds.of(c, c.value(Parameter.FILAMENT_CRITICAL_SCALE),
                            c.value(Parameter.FILAMENT_CRITICAL_SHAPE))),
            law(Mechanism.FILAMENT_THRESHOLDS, "patch-weibull", CellEquivalentWeakSites.PARAMETERS,
                    "cell-level Weibull mapped to pixels, the patch's own sites only",
                    c -> FilamentThresholds.of(c, c.value(Parameter.FILAMENT_CRITICAL_SCALE),
                            c.value(Parameter.FILAMENT_CRITICAL_SHAPE))),
            law(Mechanism.SHORT_CIRCUIT, "filament-bridge", FilamentBridgeShort.PARAMETERS,
                    "each bridging filament adds a resistor in parallel", FilamentBridgeShort::from),
            law(Mechanism.SHORT_CIRCUIT, "none", List.of(), "the cell never shorts",
                    c -> new ShortCircuitCriterion.None()),
            law(Mechanism.INTERPHASE, "parabolic", ParabolicInterphase.PARAMETERS,
                    "Li consumed as k (sqrt(t + t_r) - sqrt(t_r)) of contact age", ParabolicInterphase::from),
            law(Mechanism.INTERPHASE, "none", List.of(), "no Li is lost", c -> new LithiumLossLaw.None()));

    private LawCatalog() {
    }

    private static Law law(Mechanism m, String name, List<Parameter> reads, String summary,
            Function<LawContext, Object> factory) {
        return new Law(m, name, reads, summary, factory);
    }

    /** Every law, by mechanism in declaration order. */
    public static List<Law> all() {
        return LAWS;
    }

    /** The names a mechanism accepts. */
    public static List<String> names(Mechanism m) {
        return LAWS.stream().filter(l -> l.mechanism() == m).map(Law::name).toList();
    }

    /** The law of this mechanism and name, or an error naming {@code where} with the names that exist. */
    public static Law law(Mechanism m, String name) {
        return LAWS.stream().filter(l -> l.mechanism() == m && l.name().equals(name)).findFirst()
                .orElseThrow(() -> ModelOptions.unknown("model." + m.key(), name, m));
    }

    static String require(Mechanism m, String name, String where) {
        if (name == null || name.isBlank()) {
            throw new InputException(where + ": a law name is required; choose " + ModelOptions.choices(m));
        }
        String n = name.strip().toLowerCase(Locale.ROOT);
        if (LAWS.stream().noneMatch(l -> l.mechanism() == m && l.name().equals(n))) {
            throw ModelOptions.unknown(where, name, m);
        }
        return n;
    }

    /** Builds the law the options choose for a mechanism, as the expected type. */
    static <T> T build(Mechanism m, LawContext context, Class<T> type) {
        Object o = law(m, context.options().name(m)).factory().apply(context);
        return type.cast(o);
    }
}
