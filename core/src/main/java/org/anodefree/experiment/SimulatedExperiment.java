package org.anodefree.experiment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.anodefree.InputException;
import org.anodefree.cell.CellDesign;
import org.anodefree.cell.CellType;
import org.anodefree.grid.PixelGrid;
import org.anodefree.parameters.ModelParameters;
import org.anodefree.parameters.Parameter;
import org.anodefree.protocol.Protocol;
import org.anodefree.sim.SimulationProblem;
import org.anodefree.sim.SimulationSettings;

/**
 * A simulated experiment, typed: the cell, a protocol template whose {@code {name}} placeholders take the
 * experiment's numbers, parameter overrides, the patch, the seeds and the checks. A check's {@code at}
 * changes numbers for its own ensemble (a variant): {@code pressure_MPa} the stack pressure,
 * {@code loading_mAh_per_cm2} the cathode loading, {@code full_cell: 1} the full cell with the
 * {@code fullCellProtocol}; any other number fills the protocol. Nothing here knows which paper row it is.
 *
 * @param id short id (for messages and folders)
 * @param cell the cell type
 * @param protocol the protocol template
 * @param fullCellProtocol the template of a {@code full_cell} variant, or null
 * @param numbers the number inputs (protocol values, pressure, loading)
 * @param overrides {@code key=value} parameter overrides, applied in order on top of the base set
 * @param gridPixels patch width
 * @param pixelSizeMeters pixel edge
 * @param fitSeeds the seeds a calibration fits on
 * @param judgeSeeds the seeds the reproduction judges on: disjoint from the fit seeds, so a verdict is
 *     never on the seeds a parameter was fitted to
 * @param checks what is measured and judged
 */
public record SimulatedExperiment(String id, CellType cell, String protocol, String fullCellProtocol,
        Map<String, Double> numbers, List<String> overrides, int gridPixels, double pixelSizeMeters, SeedSet fitSeeds,
        SeedSet judgeSeeds, List<Check> checks) {

    /** The number input that switches a variant to the full cell. */
    public static final String FULL_CELL = "full_cell";
    /** The number input for the stack pressure, MPa. */
    public static final String PRESSURE = "pressure_MPa";
    /** The number input for the cathode loading, mAh/cm2. */
    public static final String LOADING = "loading_mAh_per_cm2";
    /** Prefix of a check's {@code at} keys that set the denominator of a ratio. */
    public static final String VERSUS = "versus_";

    public SimulatedExperiment {
        if (id == null || id.isBlank() || cell == null || protocol == null || fitSeeds == null || judgeSeeds == null) {
            throw new InputException("experiment: id, cell, protocol, fit seeds and judge seeds are required");
        }
        if (!fitSeeds.isDisjointFrom(judgeSeeds)) {
            throw new InputException(id + ": the fit seeds (" + fitSeeds + ") and judge seeds (" + judgeSeeds
                    + ") share seeds; a verdict on fitted seeds is not evidence");
        }
        numbers = Map.copyOf(numbers == null ? Map.of() : numbers);
        overrides = List.copyOf(overrides == null ? List.of() : overrides);
        checks = List.copyOf(checks == null ? List.of() : checks);
        new PixelGrid(gridPixels, gridPixels, pixelSizeMeters); // validates the patch
    }

    /** The experiment's numbers with a check's {@code at} applied (and its {@code versus_} keys for a ratio's denominator). */
    public Map<String, Double> variant(Map<String, Double> at, boolean versus) {
        Map<String, Double> v = new TreeMap<>(numbers);
        at.forEach((k, x) -> {
            if (!k.startsWith(VERSUS)) {
                v.put(k, x);
            }
        });
        if (versus) {
            at.forEach((k, x) -> {
                if (k.startsWith(VERSUS)) {
                    v.put(k.substring(VERSUS.length()), x);
                }
            });
        }
        return v;
    }

    /** Whether a variant runs the full cell. */
    public boolean fullCell(Map<String, Double> variant) {
        return variant.getOrDefault(FULL_CELL, 0.0) == 1.0;
    }

    /** The cell type of a variant. */
    public CellType cellOf(Map<String, Double> variant) {
        return fullCell(variant) ? CellType.FULL : cell;
    }

    /** The protocol text of a variant, placeholders filled. */
    public String protocolText(Map<String, Double> variant) {
        String template = fullCell(variant) ? fullCellProtocol : protocol;
        if (template == null) {
            throw new InputException(id + ": a full_cell variant needs a full_protocol input");
        }
        String text = template;
        for (Map.Entry<String, Double> x : variant.entrySet()) {
            text = text.replace("{" + x.getKey() + "}",
                    BigDecimal.valueOf(x.getValue()).stripTrailingZeros().toPlainString());
        }
        if (text.contains("{")) {
            throw new InputException(id + ": protocol '" + text + "' has a placeholder with no number input");
        }
        return text;
    }

    /** The parameter set of a variant: the base with the overrides, pressure and loading applied. */
    public ModelParameters parameters(Map<String, Double> variant, ModelParameters base) {
        ModelParameters p = base.withOverrides(overrides);
        if (variant.containsKey(PRESSURE)) {
            p = p.with(Parameter.CELL_STACK_PRESSURE, variant.get(PRESSURE) * 1e6);
        }
        if (variant.containsKey(LOADING)) {
            p = p.with(Parameter.CELL_CATHODE_LOADING, variant.get(LOADING));
        }
        return p;
    }

    /**
     * The simulation problem of a variant (seed 1; an ensemble sets each seed).
     *
     * @param gridOverride a patch width for every variant, or 0 for the experiment's own
     */
    public SimulationProblem problem(Map<String, Double> variant, ModelParameters base, int gridOverride,
            SimulationSettings settings) {
        ModelParameters p = parameters(variant, base);
        Protocol prot = Protocol.parse(protocolText(variant).replace(";", "\n"), id + ": protocol");
        int width = gridOverride > 0 ? gridOverride : gridPixels;
        return SimulationProblem.of(CellDesign.of(cellOf(variant), p), p, prot, PixelGrid.square(width, pixelSizeMeters),
                1, settings);
    }

    /** The same experiment judged on other seeds (they must stay apart from the fit seeds). */
    public SimulatedExperiment withJudgeSeeds(SeedSet seeds) {
        return new SimulatedExperiment(id, cell, protocol, fullCellProtocol, numbers, overrides, gridPixels,
                pixelSizeMeters, fitSeeds, seeds, checks);
    }

    /** The same experiment fitted on other seeds (they must stay apart from the judge seeds). */
    public SimulatedExperiment withFitSeeds(SeedSet seeds) {
        return new SimulatedExperiment(id, cell, protocol, fullCellProtocol, numbers, overrides, gridPixels,
                pixelSizeMeters, seeds, judgeSeeds, checks);
    }

    /**
     * An experiment from the inputs of an experiment file: {@code cell}, {@code protocol},
     * {@code full_protocol}, {@code fit_seeds} and {@code judge_seeds} (each a count, range or list),
     * {@code grid}, {@code pixel_um},
     * {@code set} ("key=value;key=value") and numbers; {@code where} names the file for errors.
     */
    public static SimulatedExperiment fromInputs(String id, Map<String, Object> inputs, List<Check> checks,
            String where) {
        Map<String, Double> numbers = new TreeMap<>();
        inputs.forEach((k, x) -> {
            if (x instanceof Number n && !List.of("fit_seeds", "judge_seeds", "grid", "pixel_um").contains(k)) {
                numbers.put(k, n.doubleValue());
            }
        });
        Object cell = inputs.get("cell");
        Object protocol = inputs.get("protocol");
        if (cell == null || protocol == null) {
            throw new InputException(where + ": a simulate experiment needs inputs 'cell' and 'protocol'");
        }
        List<String> overrides = new ArrayList<>();
        Object set = inputs.get("set");
        if (set != null) {
            for (String s : set.toString().split(";")) {
                if (!s.isBlank()) {
                    overrides.add(s.strip());
                }
            }
        }
        Object fit = inputs.get("fit_seeds");
        Object judge = inputs.get("judge_seeds");
        if (fit == null || judge == null) {
            throw new InputException(where + ": a simulate experiment names its fit_seeds and judge_seeds (disjoint)");
        }
        Object full = inputs.get("full_protocol");
        return new SimulatedExperiment(id, CellType.parse(cell.toString(), where + ": cell"), protocol.toString(),
                full == null ? null : full.toString(), numbers, overrides, integer(inputs, "grid", 64, where),
                number(inputs, "pixel_um", 10, where) * 1e-6, SeedSet.parse(fit.toString(), where + ": fit_seeds"),
                SeedSet.parse(judge.toString(), where + ": judge_seeds"), checks);
    }

    private static double number(Map<String, Object> inputs, String key, double fallback, String where) {
        Object v = inputs.get(key);
        if (v == null) {
            return fallback;
        }
        if (!(v instanceof Number n)) {
            throw new InputException(where + ": input '" + key + "' must be a number, got " + v);
        }
        return n.doubleValue();
    }

    private static int integer(Map<String, Object> inputs, String key, int fallback, String where) {
        double v = number(inputs, key, fallback, where);
        if (v != Math.rint(v) || v < 2 || v > 4096) {
            throw new InputException(where + ": input '" + key + "' must be a whole number of pixels, 2 to 4096, got " + v);
        }
        return (int) v;
    }
}
