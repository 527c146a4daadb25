package org.anodefree.io.cycler;

import java.util.Map;

/**
 * Codes of Neware's binary files: the current-range setting that scales integer currents and capacities, and
 * the step types. Facts from fastnda ({@code fastnda/dicts.py}, g-kimbell/fastnda, BSD-3-Clause), checked
 * against the BTSDA exports of its test files.
 */
final class NewareCodes {
    /** Range setting to the factor from the stored integer to mA (and mAs for capacities). */
    private static final Map<Integer, Double> RANGE_MILLIAMPS = Map.ofEntries(
            Map.entry(-100000000, 1e1), Map.entry(-200000, 1e-2), Map.entry(-100000, 1e-2), Map.entry(-60000, 1e-2),
            Map.entry(-50000, 1e-2), Map.entry(-40000, 1e-2), Map.entry(-30000, 1e-2), Map.entry(-20000, 1e-2),
            Map.entry(-12000, 1e-2), Map.entry(-10000, 1e-2), Map.entry(-6000, 1e-2), Map.entry(-5000, 1e-2),
            Map.entry(-3000, 1e-2), Map.entry(-2000, 1e-2), Map.entry(-1000, 1e-2), Map.entry(-500, 1e-3),
            Map.entry(-100, 1e-3), Map.entry(-50, 1e-4), Map.entry(-25, 1e-4), Map.entry(-20, 1e-4),
            Map.entry(-10, 1e-4), Map.entry(-5, 1e-5), Map.entry(-2, 1e-5), Map.entry(-1, 1e-5), Map.entry(0, 0.0),
            Map.entry(1, 1e-4), Map.entry(2, 1e-4), Map.entry(5, 1e-4), Map.entry(10, 1e-3), Map.entry(20, 1e-3),
            Map.entry(25, 1e-3), Map.entry(50, 1e-3), Map.entry(100, 1e-2), Map.entry(200, 1e-2),
            Map.entry(250, 1e-2), Map.entry(500, 1e-2), Map.entry(1000, 1e-1), Map.entry(6000, 1e-1),
            Map.entry(10000, 1e-1), Map.entry(12000, 1e-1), Map.entry(20000, 1e-1), Map.entry(30000, 1e-1),
            Map.entry(40000, 1e-1), Map.entry(50000, 1e-1), Map.entry(60000, 1e-1), Map.entry(100000, 1e-1),
            Map.entry(200000, 1e-1));

    /** Step type code to the name BTSDA shows. */
    static final Map<Integer, String> STEP_TYPES = Map.ofEntries(
            Map.entry(1, "CC_Chg"), Map.entry(2, "CC_DChg"), Map.entry(3, "CV_Chg"), Map.entry(4, "Rest"),
            Map.entry(5, "Cycle"), Map.entry(7, "CCCV_Chg"), Map.entry(8, "CP_DChg"), Map.entry(9, "CP_Chg"),
            Map.entry(10, "CR_DChg"), Map.entry(13, "Pause"), Map.entry(16, "Pulse"), Map.entry(17, "SIM"),
            Map.entry(18, "PCCCV_Chg"), Map.entry(19, "CV_DChg"), Map.entry(20, "CCCV_DChg"), Map.entry(21, "Control"),
            Map.entry(22, "OCV"), Map.entry(25, "Ramp"), Map.entry(26, "CPCV_DChg"), Map.entry(27, "CPCV_Chg"));

    /** Aux channel type (TestInfo.xml ChlType) to what it measures. */
    static final Map<Integer, String> AUX_TYPES = Map.of(103, "Temperature / degC", 335,
            "Temperature Setpoint / degC", 345, "Humidity / %");

    private NewareCodes() {
    }

    /** The mA factor of a range setting, or NaN when the setting is not one Neware is known to write. */
    static double milliampsPerUnit(int range) {
        Double f = RANGE_MILLIAMPS.get(range);
        return f == null ? Double.NaN : f;
    }

    /** "1=CC_Chg, 4=Rest" for the codes present. */
    static String stepTypeLegend(int[] codes, int n) {
        java.util.TreeSet<Integer> seen = new java.util.TreeSet<>();
        for (int k = 0; k < n; k++) {
            seen.add(codes[k]);
        }
        StringBuilder sb = new StringBuilder();
        for (int c : seen) {
            sb.append(sb.length() > 0 ? ", " : "").append(c).append('=').append(STEP_TYPES.getOrDefault(c, "unknown"));
        }
        return sb.toString();
    }
}
