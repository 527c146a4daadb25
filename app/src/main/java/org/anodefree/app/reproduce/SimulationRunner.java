package org.anodefree.app.reproduce;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.anodefree.InputException;
import org.anodefree.app.simulate.Ensemble;
import org.anodefree.cell.CellDesign;
import org.anodefree.cell.CellType;
import org.anodefree.io.config.Experiment;
import org.anodefree.parameters.ModelParameters;
import org.anodefree.parameters.Parameter;
import org.anodefree.protocol.Protocol;
import org.anodefree.sim.SimulationProblem;
import org.anodefree.sim.SimulationSettings;

/**
 * Runs simulated ensembles for an experiment and measures what its checks ask for.
 *
 * <p>Inputs: {@code cell} (half, full, li-excess), {@code protocol} (text; {@code {name}} is replaced by
 * the number input {@code name}), {@code seeds}, {@code grid} (pixels), {@code pixel_um}, optional
 * {@code pressure_MPa}, {@code loading_mAh_per_cm2}, {@code set} ("key=value;key=value"), and any
 * numbers the protocol uses. A check's {@code at} overrides number inputs for its ensemble ("variant");
 * {@code full_cell: 1} switches to the full cell and the {@code full_protocol} input.
 *
 * <p>Quantities (per seed, then median and range): {@code plateau_mV} (median voltage of the first
 * plating step from a quarter of the way to its end or the short), {@code nucleation_dip_mV} (plateau
 * minus the lowest voltage before it), {@code short_capacity_mAh_per_cm2} (plated up to the short; the
 * whole plated charge when there was none, a lower bound), {@code shorted_fraction},
 * {@code plated_first_step_mAh_per_cm2} (cycle 1's plated charge), {@code thickness_cv} (coefficient of
 * variation of the Li thickness over the patch at the end of the first plating step),
 * {@code first_cycle_ce_percent}, {@code short_cycle} (the cycle the short happened in; without one the
 * cycles run + 1, a lower bound) and {@code mean_ce_percent_<first>_<last>} (mean CE over those cycles
 * that finished before any short; {@code last} may be {@code end}). Any quantity with
 * the suffix {@code _ratio} is the per-seed ratio of the quantity at the check's variant to the one at
 * its {@code versus_*} variant.
 */
public final class SimulationRunner implements ExperimentRunner {
    private final RunOptions options;

    /** A runner with the default parameters, each experiment's own grid and seeds, writing files. */
    public SimulationRunner() {
        this(RunOptions.defaults());
    }

    /** A runner that starts from {@code options.parameters()} and may override grid, seeds and file output. */
    public SimulationRunner(RunOptions options) {
        this.options = options;
    }

    @Override
    public String kind() {
        return "simulate";
    }

    @Override
    public Outcome run(Experiment e, Path outDir) {
        Map<String, List<Ensemble.Member>> cache = new LinkedHashMap<>();
        List<Estimate> estimates = new ArrayList<>();
        List<Path> figures = new ArrayList<>();
        List<String> details = new ArrayList<>();
        for (Experiment.Check c : e.checks()) {
            boolean ratio = c.quantity().endsWith("_ratio");
            String q = ratio ? c.quantity().substring(0, c.quantity().length() - "_ratio".length()) : c.quantity();
            Map<String, Double> num = variant(e, c.at(), false);
            double[] a = values(e, q, ensemble(e, num, cache, outDir, figures, details));
            if (!ratio) {
                estimates.add(q.equals("shorted_fraction") ? Estimate.exact(a[0]) : Estimate.of(a));
                continue;
            }
            double[] b = values(e, q, ensemble(e, variant(e, c.at(), true), cache, outDir, figures, details));
            if (q.equals("shorted_fraction")) {
                estimates.add(Estimate.exact(a[0] / b[0]));
                continue;
            }
            double[] r = new double[a.length];
            for (int k = 0; k < r.length; k++) {
                r[k] = a[k] / b[k];
            }
            estimates.add(Estimate.of(r));
        }
        return new Outcome(estimates, figures, details);
    }

    /** Number inputs with the check's {@code at} applied (and its {@code versus_} keys for the denominator). */
    static Map<String, Double> variant(Experiment e, Map<String, Double> at, boolean versus) {
        Map<String, Double> v = new TreeMap<>();
        e.inputs().forEach((k, x) -> {
            if (x instanceof Number n) {
                v.put(k, n.doubleValue());
            }
        });
        at.forEach((k, x) -> {
            if (!k.startsWith("versus_")) {
                v.put(k, x);
            }
        });
        if (versus) {
            at.forEach((k, x) -> {
                if (k.startsWith("versus_")) {
                    v.put(k.substring("versus_".length()), x);
                }
            });
        }
        return v;
    }

    private List<Ensemble.Member> ensemble(Experiment e, Map<String, Double> v, Map<String, List<Ensemble.Member>> cache,
            Path outDir, List<Path> figures, List<String> details) {
        String key = v.toString();
        List<Ensemble.Member> hit = cache.get(key);
        if (hit != null) {
            return hit;
        }
        boolean full = v.getOrDefault("full_cell", 0.0) == 1.0;
        CellType type = full ? CellType.FULL : CellType.parse(e.text("cell"), e.file() + ": cell");
        String template = full ? e.text("full_protocol") : e.text("protocol");
        ModelParameters p = options.parameters();
        if (e.inputs().containsKey("set")) {
            p = p.withOverrides(List.of(e.text("set").split(";")));
        }
        if (v.containsKey("pressure_MPa")) {
            p = p.with(Parameter.CELL_STACK_PRESSURE, v.get("pressure_MPa") * 1e6);
        }
        if (v.containsKey("loading_mAh_per_cm2")) {
            p = p.with(Parameter.CELL_CATHODE_LOADING, v.get("loading_mAh_per_cm2"));
        }
        String text = template;
        for (Map.Entry<String, Double> x : v.entrySet()) {
            text = text.replace("{" + x.getKey() + "}", BigDecimal.valueOf(x.getValue()).stripTrailingZeros().toPlainString());
        }
        if (text.contains("{")) {
            throw new InputException(e.file() + ": protocol '" + text + "' has a placeholder with no number input");
        }
        Protocol protocol = Protocol.parse(text.replace(";", "\n"), e.file() + ": protocol");
        int grid = options.gridPixels() > 0 ? options.gridPixels() : (int) e.number("grid", p.value(Parameter.GRID_WIDTH));
        double pixel = e.number("pixel_um", p.value(Parameter.GRID_PIXEL_SIZE) * 1e6) * 1e-6;
        int seeds = options.seeds() > 0 ? options.seeds() : (int) e.number("seeds", 8);
        List<Long> seedList = new ArrayList<>();
        for (long s = 1; s <= seeds; s++) {
            seedList.add(s);
        }
        String name = "variant-" + (cache.size() + 1);
        Path dir = options.writeFiles() ? outDir.resolve(e.id()).resolve(name) : null;
        long start = System.nanoTime();
        List<Ensemble.Member> members = Ensemble.run(SimulationProblem.of(CellDesign.of(type, p), p, protocol,
                org.anodefree.grid.PixelGrid.square(grid, pixel), 1, SimulationSettings.defaults()), seedList, dir, 1, null);
        double wall = (System.nanoTime() - start) / 1e9;
        double solver = 0;
        double run = 0;
        int shorted = 0;
        for (Ensemble.Member m : members) {
            solver += m.result().solverSeconds();
            run += m.wallSeconds();
            shorted += m.summary().shortCircuit().occurred() ? 1 : 0;
        }
        details.add(String.format(Locale.ROOT, "%s: %s cell, %.0f MPa, '%s', %d x %d at %.1f um, %d seeds: %d shorted;"
                + " %.1f s wall (%.0f%% solver)", name, type.id(), p.value(Parameter.CELL_STACK_PRESSURE) / 1e6,
                text.replace("\n", "; "), grid, grid, pixel * 1e6, seeds, shorted, wall, run > 0 ? 100 * solver / run : 0));
        if (dir != null) {
            figures.add(dir.resolve("seed-" + members.get(0).seed()).resolve("voltage-capacity.png"));
        }
        cache.put(key, members);
        return members;
    }

    private static double[] values(Experiment e, String q, List<Ensemble.Member> members) {
        double[] out = new double[members.size()];
        if (q.equals("shorted_fraction")) {
            int n = 0;
            for (Ensemble.Member m : members) {
                n += m.summary().shortCircuit().occurred() ? 1 : 0;
            }
            java.util.Arrays.fill(out, (double) n / members.size());
            return out;
        }
        for (int k = 0; k < out.length; k++) {
            out[k] = EnsembleMeasures.measure(members.get(k), q, e);
        }
        return out;
    }
}
