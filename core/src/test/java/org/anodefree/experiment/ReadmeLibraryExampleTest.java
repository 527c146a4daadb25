package org.anodefree.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.anodefree.cell.CellDesign;
import org.anodefree.cell.CellType;
import org.anodefree.grid.PixelGrid;
import org.anodefree.parameters.ModelParameters;
import org.anodefree.protocol.Protocol;
import org.anodefree.protocol.ProtocolParser;
import org.anodefree.sim.SimulationProblem;
import org.anodefree.sim.SimulationSettings;
import org.junit.jupiter.api.Test;

/**
 * The README's "Library use" example, compiled and run: {@link #example} is the README's code, and
 * {@link #theReadmeShowsThisCode} fails when the two drift apart, so the example cannot rot.
 */
class ReadmeLibraryExampleTest {
    private static final Path README = Path.of("..", "README.md");
    private static final Path SOURCE = Path.of("src", "test", "java", "org", "anodefree", "experiment",
            "ReadmeLibraryExampleTest.java");

    /** The README's snippet, verbatim between the markers; returns what it computed for the checks below. */
    private static Object[] example() {
        // README begin
        ModelParameters parameters = ModelParameters.defaults();
        CellDesign cell = CellDesign.of(CellType.HALF, parameters);
        Protocol protocol = ProtocolParser.parse("Plate at 1 mA/cm2 until 3 mAh/cm2", "example");
        SimulationProblem problem = SimulationProblem.of(cell, parameters, protocol,
                PixelGrid.square(32, 10e-6), 1, SimulationSettings.defaults());   // 32 x 32 pixels of 10 um, seed 1
        List<SimulatedRun> runs = EnsembleRunner.run(problem, SeedSet.count(4)); // seeds 1..4, in parallel
        Measures.Measure plateau = Measures.perRun("plateau_mV", "example");
        Estimate e = Estimators.of(runs.stream().map(plateau::of).toList());    // median with a 90% interval
        long shorted = runs.stream().filter(SimulatedRun::shorted).count();
        System.out.printf("plateau %.1f mV [%.1f, %.1f]; %d of %d seeds shorted%n",
                e.median(), e.low(), e.high(), shorted, runs.size());
        // README end
        return new Object[] {problem, runs, e};
    }

    @Test
    @SuppressWarnings("unchecked")
    void theExampleRunsAnEnsembleInSeedOrderAndItsMedianIsAPlatingPlateau() {
        Object[] out = example();
        SimulationProblem problem = (SimulationProblem) out[0];
        List<SimulatedRun> runs = (List<SimulatedRun>) out[1];
        Estimate e = (Estimate) out[2];
        assertEquals(List.of(1L, 2L, 3L, 4L), runs.stream().map(SimulatedRun::seed).toList());
        assertTrue(e.median() < 0, "plating is at a negative overpotential, got " + e.median() + " mV");
        assertTrue(e.min() <= e.median() && e.median() <= e.max(), e.toString());
        // the parallel ensemble gives what a one-thread run of the same seeds gives
        List<SimulatedRun> serial = EnsembleRunner.run(problem, SeedSet.count(4), RunObserver.NONE, 1);
        for (int k = 0; k < runs.size(); k++) {
            assertEquals(serial.get(k).summary(), runs.get(k).summary(), "seed " + (k + 1));
        }
    }

    @Test
    void theReadmeShowsThisCode() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        int section = readme.indexOf("## Library use");
        assertTrue(section >= 0, "README has a 'Library use' section");
        int start = readme.indexOf("```java", section);
        int end = readme.indexOf("```", start + 7);
        List<String> shown = body(readme.substring(start + 7, end)).stream()
                .filter(l -> !l.startsWith("import ")).toList();
        String source = Files.readString(SOURCE, StandardCharsets.UTF_8);
        String between = source.substring(source.indexOf("// README begin") + "// README begin".length(),
                source.indexOf("        // README end"));
        List<String> tested = body(between);
        assertFalse(tested.isEmpty());
        assertEquals(tested, shown, "README's Library use snippet and ReadmeLibraryExampleTest.example() differ");
    }

    /** Non-blank lines with their common indentation removed. */
    private static List<String> body(String text) {
        List<String> lines = text.lines().filter(l -> !l.isBlank()).toList();
        int indent = lines.stream().mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        return lines.stream().map(l -> l.substring(indent).stripTrailing()).toList();
    }
}
