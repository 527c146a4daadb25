package org.anodefree.cycling;

import java.util.Locale;
import java.util.Map;

/**
 * Column labels of the Battery Data Format (BDF), {@code "Quantity / unit"}, and the machine-readable names
 * BDF also defines ({@code test_time_second}).
 *
 * <p>Source: Battery Data Alliance, <i>Battery Data Format</i> specification,
 * github.com/battery-data-alliance/battery-data-format (column table).
 */
public final class BdfColumns {
    public static final String TEST_TIME = "Test Time / s";
    public static final String VOLTAGE = "Voltage / V";
    public static final String CURRENT = "Current / A";
    public static final String CYCLE_COUNT = "Cycle Count / 1";
    public static final String STEP_COUNT = "Step Count / 1";
    public static final String STEP_INDEX = "Step Index / 1";
    public static final String STEP_TIME = "Step Time / s";
    public static final String UNIX_TIME = "Unix Time / s";
    public static final String CHARGE_CAPACITY = "Charge Capacity / Ah";
    public static final String DISCHARGE_CAPACITY = "Discharge Capacity / Ah";
    public static final String CHARGE_ENERGY = "Charge Energy / Wh";
    public static final String DISCHARGE_ENERGY = "Discharge Energy / Wh";
    public static final String AMBIENT_TEMPERATURE = "Ambient Temperature / degC";

    /** Machine-readable BDF names to the labels above. */
    private static final Map<String, String> MACHINE_NAMES = Map.ofEntries(
            Map.entry("test_time_second", TEST_TIME),
            Map.entry("voltage_volt", VOLTAGE),
            Map.entry("current_ampere", CURRENT),
            Map.entry("cycle_count", CYCLE_COUNT),
            Map.entry("step_count", STEP_COUNT),
            Map.entry("step_index", STEP_INDEX),
            Map.entry("step_time_second", STEP_TIME),
            Map.entry("unix_time_second", UNIX_TIME),
            Map.entry("charging_capacity_ah", CHARGE_CAPACITY),
            Map.entry("discharging_capacity_ah", DISCHARGE_CAPACITY),
            Map.entry("charging_energy_wh", CHARGE_ENERGY),
            Map.entry("discharging_energy_wh", DISCHARGE_ENERGY),
            Map.entry("ambient_temperature_celsius", AMBIENT_TEMPERATURE));

    private static final java.util.Set<String> STANDARD = java.util.Set.copyOf(MACHINE_NAMES.values());

    private BdfColumns() {
    }

    /** True for the BDF labels above (the columns every reader can fill). */
    public static boolean isStandard(String label) {
        return STANDARD.contains(label);
    }

    /** The label for a machine-readable BDF name, or {@code null} when the name is not one. */
    public static String labelOfMachineName(String name) {
        return MACHINE_NAMES.get(name.trim().toLowerCase(Locale.ROOT));
    }

    /** The quantity part of a label ({@code "Test Time"} of {@code "Test Time / s"}). */
    public static String quantity(String label) {
        int slash = label.lastIndexOf(" / ");
        return slash < 0 ? label.trim() : label.substring(0, slash).trim();
    }

    /** The unit part of a label ({@code "s"} of {@code "Test Time / s"}), or "" when there is none. */
    public static String unit(String label) {
        int slash = label.lastIndexOf(" / ");
        return slash < 0 ? "" : label.substring(slash + 3).trim();
    }
}
