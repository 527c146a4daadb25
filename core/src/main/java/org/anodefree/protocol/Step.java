package org.anodefree.protocol;

import java.util.List;
import org.anodefree.InputException;

/**
 * One step of a protocol: a constant-current step, a rest, or a constant-voltage hold. Immutable;
 * values in SI (A/m2, V, s). Current densities are magnitudes: the {@link Mode} gives the direction.
 */
public sealed interface Step extends ProtocolNode {

    /** What a constant-current step does to the anode side (the Cu or Li-foil electrode). */
    enum Mode {
        /** Half cell: Li is plated onto the Cu side. */
        PLATE("Plate", true, true),
        /** Half cell: Li is stripped from the Cu side. */
        STRIP("Strip", false, false),
        /** Full cell: the cathode is delithiated and Li is plated on the anode side. */
        CHARGE("Charge", true, false),
        /** Full cell: Li is stripped from the anode side back into the cathode. */
        DISCHARGE("Discharge", false, true);

        private final String keyword;
        private final boolean plating;
        private final boolean voltageFalls;

        Mode(String keyword, boolean plating, boolean voltageFalls) {
            this.keyword = keyword;
            this.plating = plating;
            this.voltageFalls = voltageFalls;
        }

        /** The word that starts this step in the text protocol. */
        public String keyword() {
            return keyword;
        }

        /** True when the step moves Li onto the anode side (Plate, Charge): such a step opens a cycle. */
        public boolean plating() {
            return plating;
        }

        /**
         * True when the cell voltage falls during the step, so a voltage limit is a lower cutoff. With
         * voltage = anode-side electrode against the counter electrode in a half cell (plating is
         * negative) and cathode against anode in a full cell (charging raises it).
         */
        public boolean voltageFalls() {
            return voltageFalls;
        }
    }

    /** A constant-current step ending at the first of its limits (capacity, voltage, time). */
    record ConstantCurrent(Mode mode, double currentDensityAmpsPerM2, List<Limit> until) implements Step {
        public ConstantCurrent {
            if (mode == null) {
                throw new InputException("constant-current step: mode is required");
            }
            if (!(currentDensityAmpsPerM2 > 0) || !Double.isFinite(currentDensityAmpsPerM2)) {
                throw new InputException(mode.keyword() + ": current density must be positive and finite, got "
                        + currentDensityAmpsPerM2 + " A/m2 (the mode gives the direction)");
            }
            until = checkedLimits(mode.keyword(), until, Limit.Current.class);
        }
    }

    /** Open circuit for a fixed time. */
    record Rest(double durationSeconds) implements Step {
        public Rest {
            if (!(durationSeconds > 0) || !Double.isFinite(durationSeconds)) {
                throw new InputException("Rest: duration must be positive and finite, got " + durationSeconds + " s");
            }
        }
    }

    /** A constant-voltage hold ending at the first of its limits (current density decayed, time). */
    record Hold(double voltageVolts, List<Limit> until) implements Step {
        public Hold {
            if (!Double.isFinite(voltageVolts)) {
                throw new InputException("Hold: voltage must be finite, got " + voltageVolts + " V");
            }
            until = checkedLimits("Hold", until, Limit.Capacity.class, Limit.Voltage.class);
        }
    }

    @SafeVarargs
    private static List<Limit> checkedLimits(String step, List<Limit> until, Class<? extends Limit>... forbidden) {
        if (until == null || until.isEmpty()) {
            throw new InputException(step + ": at least one 'until' limit is required, or the step never ends");
        }
        java.util.Set<Class<?>> seen = new java.util.HashSet<>();
        for (Limit limit : until) {
            if (limit == null) {
                throw new InputException(step + ": a limit is null");
            }
            if (!seen.add(limit.getClass())) {
                throw new InputException(step + ": two " + kindName(limit.getClass())
                        + " limits; give each kind of limit at most once");
            }
            for (Class<? extends Limit> f : forbidden) {
                if (f.isInstance(limit)) {
                    throw new InputException(step + ": a " + kindName(f) + " limit cannot end this step");
                }
            }
        }
        return List.copyOf(until);
    }

    /** The word users write for a kind of limit ("capacity", "voltage", "time", "current"). */
    static String kindName(Class<?> limitClass) {
        return limitClass.getSimpleName().toLowerCase(java.util.Locale.ROOT);
    }
}
