package org.anodefree.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.anodefree.cell.CellDesign;
import org.anodefree.cell.CellType;
import org.anodefree.grid.PixelGrid;
import org.anodefree.cycling.CyclingEvent;
import org.anodefree.cycling.CyclingRecord;
import org.anodefree.parameters.ModelParameters;
import org.anodefree.parameters.Parameter;
import org.anodefree.protocol.Protocol;
import org.anodefree.units.LithiumMetal;
import org.junit.jupiter.api.Test;

/** The time stepper on small grids: conservation, determinism, nucleation dip, short (the exact no-law case: {@link NoLawAnalyticTest}). */
class SimulationTest {
    private static final ModelParameters DEFAULTS = ModelParameters.defaults();

    static SimulationResult run(ModelParameters p, CellType type, String protocol, int width, long seed,
            Simulation.Listener listener) {
        return new Simulation(SimulationProblem.of(CellDesign.of(type, p), p, Protocol.parse(protocol, "test"),
                PixelGrid.square(width, 1e-5), seed, SimulationSettings.defaults())).run(listener);
    }

    /** Defaults with no filament ever starting (thresholds far above any local current). */
    static ModelParameters noFilaments() {
        return DEFAULTS.withOverrides(java.util.List.of("model.filaments=none"));
    }

    /**
     * The current-threshold filament law (weibull-tip) with weak sites (cell-level Weibull scale 0.5 mA/cm2), so a
     * 32 x 32 patch shorts early and at a predictable place: for tests of the short's mechanics, not of when.
     */
    static ModelParameters filamentProne() {
        return DEFAULTS.withOverrides(java.util.List.of("model.filaments=weibull-tip"))
                .with(Parameter.FILAMENT_CRITICAL_SCALE, 5);
    }

    @Test
    void chargeIsConservedEveryStepThroughPlatingStrippingToDepletionAndReplating() {
        SimulationResult r = run(noFilaments(), CellType.HALF,
                "Plate at 0.5 mA/cm2 until 1 mAh/cm2\nStrip at 0.5 mA/cm2 until 1 V\nPlate at 1 mA/cm2 until 0.5 mAh/cm2",
                32, 7, null);
        assertThat(r.maxRelativeImbalance()).isLessThan(1e-9);
        double[] active = r.record().column(Simulation.ACTIVE_AREA).doubles();
        assertThat(active[active.length - 1]).isGreaterThan(0); // re-nucleated after stripping to depletion
        assertThat(r.stopReason()).isEqualTo(StopReason.PROTOCOL_COMPLETE);
    }

    /**
     * Issue 5: every coulomb is accounted for with voids and stranded Li. Plated = stripped + lost +
     * stranded + Li still in contact, where the ledger (checked every step to 1e-9) guarantees the sum,
     * and the parts are measured separately here.
     */
    @Test
    void strippingToTheCutoffStrandsLiBehindVoidsAndEveryCoulombIsAccounted() {
        SimulationResult r = run(noFilaments(), CellType.HALF,
                "Plate at 0.5 mA/cm2 until 1 mAh/cm2\nStrip at 0.5 mA/cm2 until 1 mAh/cm2 or 1 V", 32, 3, null);
        assertThat(r.maxRelativeImbalance()).isLessThan(1e-9);
        CyclingRecord rec = r.record();
        int last = rec.rows() - 1;
        double stranded = rec.column(Simulation.STRANDED).doubles()[last];
        double lost = rec.column(Simulation.LOST).doubles()[last];
        double voided = rec.column(Simulation.VOIDED).doubles()[last];
        double[] t = rec.timeSeconds();
        double[] i = rec.currentAmps();
        double plated = 0;
        double stripped = 0;
        for (int k = 0; k < last; k++) {
            double q = i[k] * (t[k + 1] - t[k]) / 3.6 / (Math.PI * 0.25); // A*s over the 10 mm disc -> mAh/cm2
            plated += q < 0 ? -q : 0;  // half cell: plating current is negative
            stripped += q > 0 ? q : 0;
        }
        assertThat(plated).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(stranded).isGreaterThan(0.01);   // the strip ends with Li cut off by voids
        assertThat(voided).isGreaterThan(0.1);
        assertThat(stripped).isLessThan(1.0 - stranded - lost + 1e-9);
        // the interphase consumed at most what fresh Li in full contact for the whole run would have
        double k = DEFAULTS.value(Parameter.LOSS_INTERPHASE_GROWTH);
        double bound = k * Math.sqrt(t[last] - t[0]) / LithiumMetal.COULOMBS_PER_M2_PER_MAH_PER_CM2;
        assertThat(lost).isGreaterThan(0).isLessThanOrEqualTo(bound * (1 + 1e-9));
    }

    @Test
    void chargeIsConservedThroughAShortCircuit() {
        SimulationResult r = run(filamentProne(), CellType.HALF, "Plate at 1 mA/cm2 until 5 mAh/cm2", 32, 4, null);
        assertThat(r.record().events()).anyMatch(e -> e.kind() == CyclingEvent.Kind.SHORT_CIRCUIT);
        assertThat(r.maxRelativeImbalance()).isLessThan(1e-9);
    }

    @Test
    void aSeedGivesBitIdenticalRunsAloneOrOnManyThreads() throws Exception {
        String protocol = "Plate at 1 mA/cm2 until 0.5 mAh/cm2\nStrip at 1 mA/cm2 until 0.3 mAh/cm2";
        CyclingRecord alone = run(DEFAULTS, CellType.HALF, protocol, 32, 11, null).record();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<CyclingRecord>> futures = new ArrayList<>();
            for (int k = 0; k < 4; k++) {
                futures.add(pool.submit(() -> run(DEFAULTS, CellType.HALF, protocol, 32, 11, null).record()));
            }
            for (Future<CyclingRecord> f : futures) {
                CyclingRecord other = f.get();
                assertThat(other.rows()).isEqualTo(alone.rows());
                for (var c : alone.columns()) {
                    if (c.isInt()) {
                        assertThat(other.column(c.label()).ints()).isEqualTo(c.ints());
                    } else {
                        assertThat(other.column(c.label()).doubles()).isEqualTo(c.doubles());
                    }
                }
            }
        } finally {
            pool.shutdown();
        }
        CyclingRecord otherSeed = run(DEFAULTS, CellType.HALF, protocol, 32, 12, null).record();
        assertThat(otherSeed.voltageVolts()).isNotEqualTo(alone.voltageVolts());
    }

    @Test
    void platingOntoBareCopperShowsANucleationDip() {
        SimulationResult r = run(noFilaments(), CellType.HALF, "Plate at 1 mA/cm2 until 1 mAh/cm2", 32, 2, null);
        double[] v = r.record().voltageVolts();
        double[] t = r.record().timeSeconds();
        double end = t[t.length - 1];
        double early = 0;
        java.util.List<Double> late = new ArrayList<>();
        for (int i = 0; i < v.length; i++) {
            if (t[i] < 0.01 * end) {
                early = Math.min(early, v[i]);
            } else if (t[i] > 0.5 * end) {
                late.add(v[i]);
            }
        }
        double plateau = late.stream().mapToDouble(Double::doubleValue).sorted().toArray()[late.size() / 2];
        // the peak is where the nuclei formed during the polarisation ramp first carry the current
        assertThat(early).isLessThan(plateau - 0.005);
        // and none without a nucleation barrier
        SimulationResult flat = run(noFilaments().withOverride("model.nucleation=none"), CellType.HALF,
                "Plate at 1 mA/cm2 until 1 mAh/cm2", 32, 2, null);
        double[] fv = flat.record().voltageVolts();
        assertThat(fv[0]).isCloseTo(fv[fv.length - 1], org.assertj.core.data.Offset.offset(0.002));
    }

    @Test
    void aFilamentCrossingTheSeparatorShortsTheCellAndCollapsesTheVoltage() {
        SimulationResult r = run(filamentProne(), CellType.HALF, "Plate at 1 mA/cm2 until 5 mAh/cm2", 32, 4, null);
        CyclingRecord rec = r.record();
        CyclingEvent e = rec.events().stream().filter(x -> x.kind() == CyclingEvent.Kind.SHORT_CIRCUIT).findFirst()
                .orElseThrow();
        double sep = DEFAULTS.value(Parameter.CELL_SEPARATOR_THICKNESS) * 1e6;
        double[] fil = rec.column(Simulation.MAX_FILAMENT).doubles();
        double[] v = rec.voltageVolts();
        assertThat(fil[e.row() - 1]).isLessThan(sep);
        assertThat(fil[e.row()]).isGreaterThanOrEqualTo(sep);
        assertThat(v[e.row() - 1]).isLessThan(-0.03);
        // after the short: V -> -I R_f (1 mV at 1 mA/cm2 through one 1 Ohm cm2 filament), bounded by it
        for (int i = e.row(); i < v.length; i++) {
            assertThat(v[i]).isBetween(-10 * 1e-4 * 1.0001, 0.0);
        }
        assertThat(rec.timeSeconds()[v.length - 1] - e.timeSeconds()).isGreaterThanOrEqualTo(3600 - 1e-6);
        assertThat(r.stopReason()).isEqualTo(StopReason.SHORT_CIRCUIT);
        // with no filaments the same cell does not short
        SimulationResult none = run(noFilaments(), CellType.HALF, "Plate at 1 mA/cm2 until 2 mAh/cm2", 32, 4, null);
        assertThat(none.record().events()).noneMatch(x -> x.kind() == CyclingEvent.Kind.SHORT_CIRCUIT);
    }

    @Test
    void aFullCellChargesToItsLoadingAndRisesAlongTheCathodeCurve() {
        SimulationResult r = run(noFilaments(), CellType.FULL, "Charge at 1 mA/cm2 until 4.3 V or 10 h\n"
                + "Discharge at 1 mA/cm2 until 2.5 V", 16, 1, null);
        double[] v = r.record().voltageVolts();
        assertThat(v[0]).isBetween(3.4, 4.0);
        assertThat(r.maxRelativeImbalance()).isLessThan(1e-9);
        assertThat(r.stopReason()).isEqualTo(StopReason.PROTOCOL_COMPLETE);
    }

    @Test
    void aFullCellStopsAtItsShortWithTheEventOnItsLastRow() {
        SimulationResult r = run(filamentProne(), CellType.FULL, "Charge at 1 mA/cm2 until 4.3 V", 32, 4, null);
        CyclingRecord rec = r.record();
        CyclingEvent e = rec.events().stream().filter(x -> x.kind() == CyclingEvent.Kind.SHORT_CIRCUIT).findFirst()
                .orElseThrow();
        assertThat(e.row()).isEqualTo(rec.rows() - 1);
        assertThat(r.stopReason()).isEqualTo(StopReason.SHORT_CIRCUIT);
        assertThat(r.maxRelativeImbalance()).isLessThan(1e-9);
    }
}
