package org.anodefree.cycling;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a record into {@link StepSegment}s wherever the current changes direction (plating, stripping, rest)
 * or the cycler's step number changes, and groups segments into cycles.
 *
 * <p>A cycle is one plating half-cycle (consecutive plating segments, rests between them allowed) and the
 * stripping after it, numbered from 1, as the simulator's protocols define it. Stripping before the first
 * plating belongs to no cycle.
 */
public final class CycleSegmenter {
    /** Currents below this fraction of the largest |current| count as rest (cyclers log a few uA of offset). */
    public static final double REST_FRACTION = 1e-3;

    private CycleSegmenter() {
    }

    /** The segments of a record, in row order. */
    public static List<StepSegment> segments(CyclingRecord record, PlatingSign sign) {
        double[] current = record.currentAmps();
        int[] steps = stepNumbers(record);
        double maxAbs = 0;
        for (double x : current) {
            if (Math.abs(x) > maxAbs) {
                maxAbs = Math.abs(x);
            }
        }
        double rest = Math.max(REST_FRACTION * maxAbs, 1e-12);
        List<StepSegment> out = new ArrayList<>();
        int n = record.rows();
        int start = 0;
        for (int r = 1; r <= n; r++) {
            if (r == n || direction(current[r], rest, sign) != direction(current[start], rest, sign)
                    || (steps != null && steps[r] != steps[start])) {
                if (n > 0) {
                    int index = out.size();
                    out.add(new StepSegment(index, start, r, direction(current[start], rest, sign),
                            steps != null ? steps[start] : index + 1));
                }
                start = r;
            }
        }
        return out;
    }

    /** Segment indices grouped into cycles: element k holds the segments of cycle k + 1. */
    public static List<List<StepSegment>> cycles(List<StepSegment> segments) {
        List<List<StepSegment>> cycles = new ArrayList<>();
        List<StepSegment> current = null;
        StepSegment.Direction lastActive = null;
        for (StepSegment s : segments) {
            if (s.direction() == StepSegment.Direction.PLATING && lastActive != StepSegment.Direction.PLATING) {
                current = new ArrayList<>();
                cycles.add(current);
            }
            if (s.direction() != StepSegment.Direction.REST) {
                lastActive = s.direction();
            }
            if (current != null) {
                current.add(s);
            }
        }
        return cycles;
    }

    private static StepSegment.Direction direction(double current, double rest, PlatingSign sign) {
        if (!(Math.abs(current) >= rest)) {
            return StepSegment.Direction.REST;
        }
        return Math.signum(current) == sign.sign() ? StepSegment.Direction.PLATING : StepSegment.Direction.STRIPPING;
    }

    private static int[] stepNumbers(CyclingRecord record) {
        for (String label : new String[] {BdfColumns.STEP_COUNT, BdfColumns.STEP_INDEX}) {
            CyclingColumn c = record.column(label);
            if (c != null && c.isInt()) {
                return c.ints();
            }
        }
        return null;
    }
}
