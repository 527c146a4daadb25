package org.anodefree.app.simulate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.anodefree.app.plot.ChartFiles;
import org.anodefree.app.plot.CycleCharts;
import org.anodefree.experiment.SimulatedRun;
import org.anodefree.cycling.CycleTable;
import org.anodefree.cycling.ShortCircuit;
import org.anodefree.io.cycler.BdfCsvWriter;

/**
 * The files of an ensemble as a whole: {@code cycles.csv} (each seed's per-cycle table summarised per cycle
 * by median, min and max), {@code ce} (Coulombic efficiency vs cycle) and {@code short-vs-retained}
 * (cumulative plated capacity at the short vs the Li retained before it), charts as PNG and SVG.
 */
public final class EnsembleFiles {
    private EnsembleFiles() {
    }

    /** Writes the ensemble's files into {@code dir}; {@code what} names the cell in chart titles. */
    public static void write(List<SimulatedRun> members, String what, Path dir) {
        List<CycleTable> tables = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (SimulatedRun m : members) {
            tables.add(m.cycles());
            names.add("seed " + m.seed());
        }
        CycleTable across = CycleTable.acrossRuns(tables);
        BdfCsvWriter.write(across, dir.resolve("cycles.csv"));
        ChartFiles.writePngAndSvg(CycleCharts.efficiencyVsCycle(names, tables, across,
                "Coulombic efficiency, " + what + ", " + members.size() + " seeds"), dir.resolve("ce"));
        ChartFiles.writePngAndSvg(CycleCharts.shortCapacityVsRetained(shortPoints(members), members.size(),
                "Plated capacity at the short vs retained Li, " + what), dir.resolve("short-vs-retained"));
    }

    /** One point per member that shorted: the Li it held when the cycle of its short began, and its capacity. */
    static List<CycleCharts.ShortPoint> shortPoints(List<SimulatedRun> members) {
        List<CycleCharts.ShortPoint> points = new ArrayList<>();
        for (SimulatedRun m : members) {
            ShortCircuit sc = m.summary().shortCircuit();
            if (sc.occurred() && sc.cycle() >= 1 && sc.cycle() <= m.cycles().rows()) {
                points.add(new CycleCharts.ShortPoint("seed " + m.seed(), m.cycles().netPlatedBefore(sc.cycle()),
                        sc.cumulativePlatedMilliampHoursPerCm2()));
            }
        }
        return points;
    }
}
