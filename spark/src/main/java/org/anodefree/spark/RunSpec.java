package org.anodefree.spark;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.anodefree.InputException;
import org.anodefree.app.simulate.SimulationInputs;
import org.anodefree.cell.CellDesign;
import org.anodefree.cell.CellType;
import org.anodefree.grid.PixelGrid;
import org.anodefree.io.config.ProtocolFiles;
import org.anodefree.parameters.ModelParameters;
import org.anodefree.protocol.Protocol;
import org.anodefree.sim.SimulationProblem;
import org.anodefree.sim.SimulationSettings;
import org.anodefree.units.Quantity;

/**
 * One run of a sweep, as text a task can rebuild anywhere: the same inputs {@code anodefree simulate} takes
 * (cell, protocol, {@code --set} overrides, pressure, loading, grid, pixel, time-step scale) and the seed,
 * with the axis values that chose it. Its {@link #key} is a hash of exactly the inputs, so a re-run into the
 * same folder knows which runs are done.
 *
 * @param group index of the combination of axis values (runs of one group differ only in the seed)
 * @param axes the axis values of this run, axis name to value, in the sweep file's order
 * @param cell half, full or li-excess
 * @param protocol protocol text with every placeholder filled
 * @param sets {@code KEY=VALUE} parameter overrides, in order
 * @param pressure stack pressure text (e.g. 15MPa), or null for the parameter set's
 * @param loading cathode loading text (e.g. 3mAh/cm2), or null for the parameter set's
 * @param gridPixels patch width, pixels
 * @param pixel pixel edge text (e.g. 10um)
 * @param timeStepScale scale of every time-step bound, (0, 1]
 * @param seed the run's seed
 * @param timeoutSeconds wall-time limit of the run (0: none)
 */
public record RunSpec(int group, LinkedHashMap<String, String> axes, String cell, String protocol, ArrayList<String> sets,
        String pressure, String loading, int gridPixels, String pixel, double timeStepScale, long seed,
        double timeoutSeconds) implements Serializable {

    /** A copy with a defensive copy of the mutable parts (records keep the exact types Spark serialises). */
    public RunSpec {
        axes = new LinkedHashMap<>(axes);
        sets = new ArrayList<>(sets);
    }

    /** The parameter set: defaults, then the overrides, pressure and loading, as {@code simulate} builds it. */
    public ModelParameters parameters() {
        return SimulationInputs.parameters(sets, loading, "loading", pressure, "pressure");
    }

    /** The parsed protocol (the same parser as {@code simulate --protocol TEXT}). */
    public Protocol parsedProtocol() {
        return ProtocolFiles.fromArgument(protocol);
    }

    /** The simulation problem, built as {@code simulate} builds it for this seed. */
    public SimulationProblem problem() {
        CellType type = CellType.parse(cell, "cell");
        ModelParameters p = parameters();
        if (gridPixels < 2 || gridPixels > 4096) {
            throw new InputException("grid: a patch of 2 to 4096 pixels per side, got " + gridPixels);
        }
        return SimulationProblem.of(CellDesign.of(type, p), p, parsedProtocol(),
                PixelGrid.square(gridPixels, Quantity.LENGTH.parse(pixel, "pixel")), seed,
                SimulationSettings.defaults().refined(timeStepScale));
    }

    /** The run's inputs as one line, the text its {@link #key} hashes. */
    public String inputs() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cell", cell);
        m.put("protocol", protocol);
        m.put("sets", sets);
        m.put("pressure", pressure);
        m.put("loading", loading);
        m.put("grid", gridPixels);
        m.put("pixel", pixel);
        m.put("timeStepScale", timeStepScale);
        m.put("seed", seed);
        m.put("timeoutSeconds", timeoutSeconds);
        return m.toString();
    }

    /** First 16 hex digits of the SHA-256 of {@link #inputs}: the run's name in the output folder. */
    public String key() {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(inputs().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    /** The group's label: its axis values, e.g. {@code retained=1, capacity=2}. */
    public String groupLabel() {
        List<String> parts = new ArrayList<>();
        axes.forEach((k, v) -> parts.add(k + "=" + v));
        return parts.isEmpty() ? "all" : String.join(", ", parts);
    }
}
