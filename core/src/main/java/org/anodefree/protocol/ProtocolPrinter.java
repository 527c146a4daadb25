package org.anodefree.protocol;

import java.util.List;
import org.anodefree.units.Quantity;

/**
 * Writes a protocol in the text language, four spaces per block level. Each value is written in the
 * most readable unit (mA/cm2, mAh/cm2, V, h/min/s) whose number reads back to exactly the same double,
 * falling back to the SI unit, so {@code parse(print(p)).equals(p)} holds for every protocol.
 */
public final class ProtocolPrinter {
    private static final String INDENT = "    ";

    private ProtocolPrinter() {
    }

    /** The text form of a protocol, one step per line, ending with a newline. */
    public static String print(Protocol protocol) {
        StringBuilder sb = new StringBuilder();
        write(protocol.body(), "", sb);
        return sb.toString();
    }

    /** The text form of one step on one line, without a newline. */
    public static String print(Step step) {
        if (step instanceof Step.ConstantCurrent cc) {
            return cc.mode().keyword() + " at " + amount(cc.currentDensityAmpsPerM2(), Quantity.CURRENT_DENSITY,
                    "mA/cm2", "A/m2") + " until " + limits(cc.until());
        }
        if (step instanceof Step.Rest r) {
            return "Rest for " + time(r.durationSeconds());
        }
        Step.Hold h = (Step.Hold) step;
        return "Hold at " + amount(h.voltageVolts(), Quantity.VOLTAGE, "V", "mV") + " until " + limits(h.until());
    }

    private static void write(List<ProtocolNode> nodes, String indent, StringBuilder sb) {
        for (ProtocolNode node : nodes) {
            if (node instanceof Repeat r) {
                sb.append(indent).append("Repeat ").append(r.times()).append(r.times() == 1 ? " time:" : " times:")
                        .append('\n');
                write(r.body(), indent + INDENT, sb);
            } else {
                sb.append(indent).append(print((Step) node)).append('\n');
            }
        }
    }

    private static String limits(List<Limit> limits) {
        StringBuilder sb = new StringBuilder();
        for (Limit limit : limits) {
            if (sb.length() > 0) {
                sb.append(" or ");
            }
            sb.append(limit(limit));
        }
        return sb.toString();
    }

    private static String limit(Limit limit) {
        if (limit instanceof Limit.Capacity c) {
            return amount(c.coulombsPerM2(), Quantity.AREAL_CAPACITY, "mAh/cm2", "C/m2");
        }
        if (limit instanceof Limit.Voltage v) {
            return amount(v.volts(), Quantity.VOLTAGE, "V", "mV");
        }
        if (limit instanceof Limit.Time t) {
            return time(t.seconds());
        }
        return amount(((Limit.Current) limit).ampsPerM2(), Quantity.CURRENT_DENSITY, "mA/cm2", "A/m2");
    }

    private static String time(double seconds) {
        return amount(seconds, Quantity.TIME, "h", "min", "s");
    }

    /**
     * The value in the first of {@code units} that reads back exactly and is at most two characters
     * longer than the shortest exact form (so 0.5 mA/cm2 beats 5 A/m2, but 10 min beats 0.1666... h).
     */
    static String amount(double si, Quantity q, String... units) {
        String best = null;
        int shortest = Integer.MAX_VALUE;
        String[] exact = new String[units.length];
        for (int i = 0; i < units.length; i++) {
            double factor = q.factorToSi(units[i], "printer");
            String number = number(si / factor);
            if (Double.parseDouble(number) * factor == si) {
                exact[i] = number;
                shortest = Math.min(shortest, number.length());
            }
        }
        for (int i = 0; i < units.length && best == null; i++) {
            if (exact[i] != null && exact[i].length() <= shortest + 2) {
                best = exact[i] + " " + units[i];
            }
        }
        // SI numbers need no conversion, so they always read back exactly.
        return best != null ? best : number(si) + " " + q.siSymbol();
    }

    private static String number(double v) {
        String s = Double.toString(v);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }
}
