package org.anodefree.protocol;

import java.util.ArrayList;
import java.util.List;
import org.anodefree.InputException;
import org.anodefree.cell.CellType;

/**
 * Rejects protocols that parse but cannot run on a given cell: steps that need a cathode on a half
 * cell (or the reverse), voltage limits on the wrong side of zero that would end a step at once or
 * never, and a first current step that has nothing to take Li from.
 *
 * <p>Sign convention: a half cell's voltage is the Cu side against the Li counter electrode (plating
 * drives it below 0 V, stripping above); a full cell's is the cathode against the anode side.
 */
public final class ProtocolValidator {
    /** Widest cutoff that makes sense for an NMC622 | Li cell; LPSC oxidises well below this. */
    static final double FULL_CELL_MAX_VOLTS = 5.0;

    private ProtocolValidator() {
    }

    /** All problems found, each a full sentence naming the step; empty when the protocol can run. */
    public static List<String> problems(Protocol protocol, CellType cell) {
        List<String> out = new ArrayList<>();
        boolean[] seenCurrent = {false};
        walk(protocol.body(), cell, out, seenCurrent);
        return out;
    }

    /** Throws an {@link InputException} listing every problem, or returns the protocol unchanged. */
    public static Protocol requireValid(Protocol protocol, CellType cell, String source) {
        List<String> p = problems(protocol, cell);
        if (!p.isEmpty()) {
            throw new InputException(source + ": the protocol cannot run on a " + cell.id() + " cell:\n  - "
                    + String.join("\n  - ", p));
        }
        return protocol;
    }

    private static void walk(List<ProtocolNode> nodes, CellType cell, List<String> out, boolean[] seenCurrent) {
        for (ProtocolNode node : nodes) {
            if (node instanceof Repeat r) {
                walk(r.body(), cell, out, seenCurrent);
            } else if (node instanceof Step.ConstantCurrent cc) {
                check(cc, cell, out, !seenCurrent[0]);
                seenCurrent[0] = true;
            } else if (node instanceof Step.Hold h) {
                check(h, cell, out);
            }
        }
    }

    private static void check(Step.ConstantCurrent cc, CellType cell, List<String> out, boolean first) {
        String where = "'" + ProtocolPrinter.print(cc) + "'";
        Step.Mode m = cc.mode();
        boolean halfMode = m == Step.Mode.PLATE || m == Step.Mode.STRIP;
        if (cell.hasCathode() && halfMode) {
            out.add(where + ": Plate/Strip are half-cell steps; a " + cell.id()
                    + " cell plates on Charge and strips on Discharge");
            return;
        }
        if (!cell.hasCathode() && !halfMode) {
            out.add(where + ": Charge/Discharge need a cathode; on a half cell write Plate (Li onto Cu) or Strip");
            return;
        }
        if (first && !m.plating()) {
            out.add(where + ": the first current step strips, but " + (cell.hasCathode()
                    ? "the cathode starts fully lithiated and cannot take Li back; start with Charge"
                    : "the Cu side has no Li yet; start with Plate"));
        }
        for (Limit limit : cc.until()) {
            if (limit instanceof Limit.Voltage v) {
                checkVoltageLimit(where, m, v.volts(), cell, out);
            }
        }
    }

    private static void checkVoltageLimit(String where, Step.Mode m, double volts, CellType cell, List<String> out) {
        if (!cell.hasCathode()) {
            if (m == Step.Mode.PLATE && volts >= 0) {
                out.add(where + ": a half cell plates below 0 V, so a Plate cutoff of " + volts
                        + " V would end the step at once; give a negative cutoff such as -1 V, or none");
            } else if (m == Step.Mode.STRIP && volts <= 0) {
                out.add(where + ": a half cell strips above 0 V, so a Strip cutoff of " + volts
                        + " V would end the step at once; give a positive cutoff such as 1 V");
            }
        } else if (!(volts > 0 && volts <= FULL_CELL_MAX_VOLTS)) {
            out.add(where + ": a voltage limit of " + volts + " V is outside the 0 to " + FULL_CELL_MAX_VOLTS
                    + " V window of an NMC622 | Li cell");
        }
    }

    private static void check(Step.Hold h, CellType cell, List<String> out) {
        String where = "'" + ProtocolPrinter.print(h) + "'";
        if (!cell.hasCathode()) {
            out.add(where + ": a voltage hold is the constant-voltage end of a full cell's charge; a half cell "
                    + "held at a fixed voltage plates or strips without end; use Plate/Strip with limits");
        } else if (!(h.voltageVolts() > 0 && h.voltageVolts() <= FULL_CELL_MAX_VOLTS)) {
            out.add(where + ": a hold at " + h.voltageVolts() + " V is outside the 0 to " + FULL_CELL_MAX_VOLTS
                    + " V window of an NMC622 | Li cell");
        }
    }
}
