package org.anodefree.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.anodefree.cell.CellType;
import org.anodefree.cycling.BdfColumns;
import org.anodefree.cycling.CyclingRecord;
import org.anodefree.map.StrippingAnalysis;
import org.anodefree.map.ThicknessMap;
import org.anodefree.protocol.ScheduledStep;
import org.anodefree.units.LithiumMetal;
import org.junit.jupiter.api.Test;

/**
 * Issue 5, rows F4a-F5: the simulator's own strip of a simulated plated layer against the map analysis
 * ({@link StrippingAnalysis}, what {@code anodefree strip-map} runs) of the thickness map at the end of
 * the same plating step. Half cell, 32 x 32 pixels of 10 um, no filaments, 0.5 mA/cm2 plated to 3 mAh/cm2
 * and stripped to 3 mAh/cm2 or 1 V. The strip is split at 2.55 mAh/cm2 (about 85% of the Li left after
 * plating) only to get a snapshot of the local currents there.
 */
class SimulatedStripMatchesMapAnalysisTest {
    private static final String PROTOCOL = "Plate at 0.5 mA/cm2 until 3 mAh/cm2\n"
            + "Strip at 0.5 mA/cm2 until 2.55 mAh/cm2 or 1 V\nStrip at 0.5 mA/cm2 until 0.45 mAh/cm2 or 1 V";
    private static final double NOMINAL_AMPS_PER_M2 = 5; // 0.5 mA/cm2
    private static final long[] SEEDS = {1, 2, 3};

    /** One run: the record, the map at the end of plating, and the snapshot after the first strip step. */
    private record Run(CyclingRecord record, StrippingAnalysis map, double mapMah, SimulationSnapshot at85) {
        /** Stripped capacity (share of the map's Li) at each row, integrating the current from the strip's start. */
        double[] strippedFraction() {
            int[] step = record.column(BdfColumns.STEP_COUNT).ints();
            double[] t = record.timeSeconds();
            double[] i = record.currentAmps();
            double[] f = new double[record.rows()];
            double q = 0;
            for (int k = 0; k < f.length; k++) {
                f[k] = q / mapMah;
                if (step[k] >= 2 && k + 1 < f.length) {
                    q += i[k] * (t[k + 1] - t[k]) / 3.6 / (Math.PI * 0.25); // A s over the 10 mm disc -> mAh/cm2
                }
            }
            return f;
        }

        /** The simulator's contact-weighted active area at the first strip row reaching {@code fraction}. */
        double simulatedActiveAt(double fraction) {
            double[] f = strippedFraction();
            double[] active = record.column(Simulation.ACTIVE_AREA).doubles();
            for (int k = 0; k < f.length; k++) {
                if (f[k] >= fraction) {
                    // the row's own stripped share, not the target, is the one the map is read at (rows are
                    // < 0.01 apart in share near the collapse)
                    return active[k];
                }
            }
            throw new AssertionError("strip never reached " + fraction);
        }

        double mapActiveAt(double fraction) {
            double[] f = strippedFraction();
            for (double x : f) {
                if (x >= fraction) {
                    return map.atStrippedFraction(Math.min(1, x)).activeFraction();
                }
            }
            throw new AssertionError("strip never reached " + fraction);
        }
    }

    private static Run run(long seed) {
        List<SimulationSnapshot> snaps = new ArrayList<>();
        SimulationResult r = SimulationTest.run(SimulationTest.noFilaments(), CellType.HALF, PROTOCOL, 32, seed,
                new Simulation.Listener() {
                    @Override
                    public void stepEnded(ScheduledStep step, SimulationSnapshot s) {
                        snaps.add(s);
                    }
                });
        SimulationSnapshot plated = snaps.get(0);
        StrippingAnalysis a = StrippingAnalysis.of(
                ThicknessMap.of(plated.width(), plated.width(), plated.pixelSizeMeters(), plated.thicknessMeters()));
        // the map holds what plating left after the interphase took its share (about 0.2% of 3 mAh/cm2)
        double mah = LithiumMetal.capacityMilliampHoursPerCm2FromThickness(a.meanThicknessMeters());
        return new Run(r.record(), a, mah, snaps.get(1));
    }

    /**
     * Tolerance 0.1 absolute: the map analysis removes the same depth everywhere, the simulator strips
     * each pixel at its own Butler-Volmer current (log-normal exchange-current heterogeneity) and loses
     * contact to voids, so pixels do not deplete in exactly the map's thickness order; up to 64% stripped
     * both must still agree on how much area is left. Measured (seeds 1-3): at 50% sim 1.000/1.000/0.999 vs
     * map 0.99/0.99/0.99; at 64% sim 0.985/0.983/0.971 vs map 0.96/0.95/0.93 (differences <= 0.045).
     */
    @Test
    void activeAreaFollowsTheMapAnalysisUntilTwoThirdsStripped() {
        for (long seed : SEEDS) {
            Run r = run(seed);
            for (double f : new double[] {0.5, 0.64}) {
                double sim = r.simulatedActiveAt(f);
                double map = r.mapActiveAt(f);
                System.out.printf("seed %d stripped %.2f: simulated active %.3f, map analysis %.3f%n", seed, f, sim, map);
                assertThat(sim).as("seed %d at %.2f stripped", seed, f).isCloseTo(map, org.assertj.core.data.Offset.offset(0.1));
            }
        }
    }

    /**
     * At 85% stripped the two part, and the simulator is the one to follow: the map analysis removes Li
     * uniformly and cannot strand any, so its active area is what contact would be if no void ever opened.
     * The cells say voids open first: the half cell's first-cycle CE of ~90% (Lewis et al., Fig. 4a) and the
     * end-of-strip polarization rising while Li is left mean contact is lost before the Li runs out, which a
     * uniform strip cannot give. So the simulator's active area must lie at or below the map analysis's (0.02
     * allowed for the different thickness fields the two strip), and contact must not have collapsed
     * altogether (the paper's tomogram keeps 0.47 at 85%). Measured with filaments off, seeds 1-3: see
     * docs/model.md, "Simulated strip against the map analysis".
     */
    @Test
    void atEightyFivePercentStrippedVoidsHaveCutContactBelowTheUniformStrip() {
        for (long seed : SEEDS) {
            Run r = run(seed);
            double sim = r.simulatedActiveAt(0.85);
            double map = r.mapActiveAt(0.85);
            System.out.printf("seed %d stripped 0.85: simulated active %.3f, map analysis %.3f%n", seed, sim, map);
            assertThat(sim).as("seed %d", seed).isLessThanOrEqualTo(map + 0.02).isGreaterThan(0.3);
        }
    }

    /**
     * At 85% stripped the local current density at the contacts (a pixel's current over its contact
     * share: voided area carries none) averages, over the active area, nominal / active fraction. This
     * part is the galvanostatic balance (sum of pixel currents = nominal x pixels, exact for any solver
     * tolerance), so it checks the snapshot's current and contact fields, to 1e-6. The physics is in the
     * rest: the largest contact current density exceeds that mean by more than 20% (crowding where contact
     * islands end; measured 1.7-2.7x the mean) and exceeds nominal / the map analysis's active share.
     * Measured (seeds 1-3, 85.2% stripped): active 0.612/0.514/0.496 (map 0.743/0.712/0.778), mean 1.63/
     * 1.95/2.02 x nominal, max 2.84/5.17/5.15 x nominal, against 1 / map active 1.35/1.40/1.29.
     */
    @Test
    void localCurrentAt85PercentStrippedIsNominalOverActiveAreaAndMoreAtEdges() {
        for (long seed : SEEDS) {
            Run r = run(seed);
            double[] j = r.at85().currentDensityAmpsPerM2().toArray();
            double[] c = r.at85().contactFraction().toArray();
            double current = 0;
            double contact = 0;
            double max = 0;
            for (int i = 0; i < j.length; i++) {
                current += j[i];
                contact += c[i];
                if (c[i] > 0 && j[i] > 0) {
                    max = Math.max(max, j[i] / c[i]);
                }
            }
            double active = contact / j.length;
            double mean = current / contact;
            double f = r.strippedFraction()[lastRowOfStep(r.record(), 2)];
            double mapActive = r.map().atStrippedFraction(Math.min(1, f)).activeFraction();
            System.out.printf("seed %d stripped %.3f: active %.3f (map %.3f), mean/nominal %.3f vs 1/active %.3f, "
                    + "max/nominal %.3f, 1/map %.3f%n", seed, f, active, mapActive, mean / NOMINAL_AMPS_PER_M2,
                    1 / active, max / NOMINAL_AMPS_PER_M2, 1 / mapActive);
            assertThat(active).isLessThan(0.9); // the collapse has begun
            assertThat(mean).isCloseTo(NOMINAL_AMPS_PER_M2 / active, org.assertj.core.data.Percentage.withPercentage(1e-4));
            assertThat(max).isGreaterThan(1.2 * NOMINAL_AMPS_PER_M2 / active);
            assertThat(max).isGreaterThan(NOMINAL_AMPS_PER_M2 / mapActive);
        }
    }

    private static int lastRowOfStep(CyclingRecord rec, int stepNumber) {
        int[] step = rec.column(BdfColumns.STEP_COUNT).ints();
        int last = -1;
        for (int k = 0; k < step.length; k++) {
            if (step[k] == stepNumber) {
                last = k;
            }
        }
        return last;
    }
}
