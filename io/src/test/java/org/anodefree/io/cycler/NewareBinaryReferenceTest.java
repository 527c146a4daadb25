package org.anodefree.io.cycler;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.anodefree.SharedData;
import org.anodefree.cycling.BdfColumns;
import org.anodefree.cycling.CyclingRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every Neware {@code .nda} and {@code .ndax} of the test data against Neware BTSDA's own export of it (the
 * Parquet beside it), row by row with the tolerances fastnda's {@code tests/test_read.py} asserts: step, step
 * count and cycle columns equal; step time within 0.01 s; total time within 0.0101 s below 1800 s, 0.101 s
 * below 1e6 s, 1.01 s below 1e7 s; voltage within 6e-5 V; current within 0.05 mA; |capacity| within 6e-4 mAh
 * (or 1e-6 relative); |energy| within 6e-3 mWh; the date within 1 ms; the same number of aux channels.
 */
class NewareBinaryReferenceTest {

    @ParameterizedTest
    @ValueSource(strings = {"nda_v8.nda", "nda_v22.nda", "nda_v26.nda.zip", "SIM.nda.zip", "TestFile.nda",
        "test_2.ndax", "nw4-120-1-6-53.ndax", "46_1_5_60_bts16.ndax", "scrubbed_ndc2.ndax",
        "TESTCELL0001-Test_Data_Collection_Ndc17.ndax", "Unit27_Example_Data_File.ndax",
        "Unit27_Example_Corrupt.ndax", "empty.ndax", "interp-test.ndax"})
    void equalsBtsdaExport(String name) throws IOException {
        Path dir = SharedData.folder("cycler/fastnda");
        CyclingRecord r = CyclerFiles.read(dir.resolve(name), null);
        String stem = name.replaceAll("\\.(ndax|nda|nda\\.zip)$", "");
        ParquetReference ref = ParquetReference.read(dir.resolve(stem + ".parquet"));
        assertThat(r.rows()).as(name + " rows").isEqualTo(ref.rows);
        int n = r.rows();
        Errors e = new Errors(name);
        int[] step = r.column(BdfColumns.STEP_INDEX).ints();
        int[] count = r.column(BdfColumns.STEP_COUNT).ints();
        int[] cycle = r.column(BdfColumns.CYCLE_COUNT).ints();
        double[] stepTime = r.column(BdfColumns.STEP_TIME).doubles();
        double[] unix = r.column(BdfColumns.UNIX_TIME).doubles();
        double[] chargeAh = r.column("Step Charge Capacity / Ah").doubles();
        double[] dischargeAh = r.column("Step Discharge Capacity / Ah").doubles();
        double[] chargeWh = r.column("Step Charge Energy / Wh").doubles();
        double[] dischargeWh = r.column("Step Discharge Energy / Wh").doubles();
        double[] refStep = ref.column("Step Index");
        double[] refCount = ref.column("Step Count");
        double[] refCycle = ref.column("Cycle Index");
        double[] refTime = ref.column("Time");
        double[] refTotal = ref.column("Total Time");
        double[] refV = ref.column("Voltage(mV)");
        double[] refI = ref.column("Current(uA)");
        double[] refQ = ref.column("Capacity(mAs)");
        double[] refE = ref.column("Energy(mWs)");
        double[] refDate = ref.column("Date");
        // fastnda's test: where the file's own cycle index is not BTSDA's, BTSDA's must be its 'auto' rule.
        int[] btsdaCycle = matches(cycle, refCycle) ? cycle : autoCycles(r.column("Step Type / 1").ints());
        if (btsdaCycle != cycle) {
            System.out.println("neware reference " + name + ": the file's cycle index is not BTSDA's; BTSDA's is"
                    + " fastnda's 'auto' cycle rule");
        }
        for (int k = 0; k < n; k++) {
            e.exact("Step Index", k, step[k], refStep[k]);
            e.exact("Step Count", k, count[k], refCount[k]);
            e.exact("Cycle Index", k, btsdaCycle[k], refCycle[k]);
            e.within("step time s", k, stepTime[k], refTime[k], 0.01);
            double total = refTotal[k];
            e.within("total time s", k, r.timeSeconds()[k], total, total < 1800 ? 0.0101 : total < 1e6 ? 0.101 : 1.01);
            e.within("voltage V", k, r.voltageVolts()[k], refV[k] / 1000, 6e-5);
            e.within("current mA", k, r.currentAmps()[k] * 1000, refI[k] / 1000, 0.05);
            double q = Math.abs((chargeAh[k] - dischargeAh[k]) * 1000);
            double qRef = Math.abs(refQ[k] / 3600);
            e.capacity("|capacity| mAh", k, q, qRef, 6e-4);
            double w = Math.abs((chargeWh[k] - dischargeWh[k]) * 1000);
            e.capacity("|energy| mWh", k, w, Math.abs(refE[k] / 3600), 6e-3);
            e.within("date s", k, unix[k] - unix[0], (refDate[k] - refDate[0]) / 1000, 1e-3);
            if (!(unix[k] > 883609200)) {
                e.fail("unix time " + unix[k] + " at row " + k + " is before Neware existed");
            }
        }
        List<String> refAux = new ArrayList<>();
        for (String c : ref.numbers.keySet()) {
            if (c.matches("^[TtHV]\\d+.*") && nonZero(ref.column(c))) {
                refAux.add(c);
            }
        }
        List<org.anodefree.cycling.CyclingColumn> ourAux = r.columns().stream()
                .filter(c -> c.label().matches("^[TtHV]\\d+ / .*")).toList();
        assertThat(ourAux.size()).as(name + " aux channels (reference " + refAux + ")").isEqualTo(refAux.size());
        for (org.anodefree.cycling.CyclingColumn c : ourAux) {
            // fastnda's aux test: some reference channel within a mean |difference| of 0.05 degC or 0.1 mV.
            boolean volts = c.label().startsWith("V");
            double best = Double.MAX_VALUE;
            for (String rc : refAux) {
                double sum = 0;
                for (int k = 0; k < n; k++) {
                    sum += Math.abs(c.value(k) - (volts ? 1e-3 : 1) * ref.column(rc)[k]);
                }
                best = Math.min(best, sum / n);
            }
            System.out.printf(Locale.ROOT, "neware reference %s: aux %s mean |diff| %.3g%n", name, c.label(), best);
            assertThat(best).as(name + " " + c.label()).isLessThan(volts ? 1e-4 : 5e-2);
        }
        System.out.println(e.summary());
        assertThat(e.failures).as(name).isEmpty();
    }

    private static boolean matches(int[] a, double[] b) {
        for (int k = 0; k < a.length; k++) {
            if (a[k] != b[k]) {
                return false;
            }
        }
        return true;
    }

    /**
     * fastnda's {@code _generate_cycle_number(df, "auto")}: steps are charge (1) or discharge (0) by type, carried
     * over rests; the first of them sets which change (discharge to charge, or the reverse) starts a cycle.
     */
    static int[] autoCycles(int[] stepType) {
        java.util.Map<Integer, Integer> charge = java.util.Map.ofEntries(java.util.Map.entry(1, 1),
                java.util.Map.entry(2, 0), java.util.Map.entry(3, 1), java.util.Map.entry(7, 1),
                java.util.Map.entry(8, 0), java.util.Map.entry(9, 1), java.util.Map.entry(10, 0),
                java.util.Map.entry(18, 1), java.util.Map.entry(19, 0), java.util.Map.entry(20, 0),
                java.util.Map.entry(26, 0), java.util.Map.entry(27, 1));
        int target = 1;
        for (int t : stepType) {
            if (charge.containsKey(t)) {
                target = charge.get(t) == 1 ? 1 : -1;
                break;
            }
        }
        int[] c = new int[stepType.length];
        Integer last = null;
        int cycle = 1;
        for (int k = 0; k < stepType.length; k++) {
            Integer state = charge.getOrDefault(stepType[k], last);
            if (last != null && state != null && state - last == target) {
                cycle++;
            }
            last = state;
            c[k] = cycle;
        }
        return c;
    }

    private static boolean nonZero(double[] v) {
        for (double x : v) {
            if (x != 0 && !Double.isNaN(x)) {
                return true;
            }
        }
        return false;
    }

    /** Largest differences per quantity, and the first failures. */
    private static final class Errors {
        final String name;
        final List<String> failures = new ArrayList<>();
        final java.util.Map<String, Double> max = new java.util.LinkedHashMap<>();

        Errors(String name) {
            this.name = name;
        }

        void exact(String what, int row, double ours, double ref) {
            within(what, row, ours, ref, 0);
        }

        void within(String what, int row, double ours, double ref, double tol) {
            double d = Math.abs(ours - ref);
            max.merge(what, d, Math::max);
            if (!(d <= tol) && failures.size() < 5) {
                failures.add(what + " row " + row + ": " + ours + " vs " + ref + " (tolerance " + tol + ")");
            }
        }

        /** fastnda's capacity test: absolute difference, or a relative one of 1e-6. */
        void capacity(String what, int row, double ours, double ref, double tol) {
            double d = Math.abs(ours - ref);
            max.merge(what, d, Math::max);
            double rel = 2 * d / (ours + ref);
            if (d > tol && !(rel <= 1e-6) && failures.size() < 5) {
                failures.add(what + " row " + row + ": " + ours + " vs " + ref + " (tolerance " + tol + ")");
            }
        }

        void fail(String message) {
            if (failures.size() < 5) {
                failures.add(message);
            }
        }

        String summary() {
            StringBuilder sb = new StringBuilder("neware reference " + name + ": max |diff|");
            max.forEach((k, v) -> sb.append(String.format(Locale.ROOT, " %s %.3g;", k, v)));
            return sb.toString();
        }
    }
}
