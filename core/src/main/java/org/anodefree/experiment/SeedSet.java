package org.anodefree.experiment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.anodefree.InputException;

/**
 * An ordered set of seeds, as given to {@code --seeds} and in experiment and calibration files: a count
 * ({@code 32}: seeds 1 to 32), a range ({@code 101-132}) or a list ({@code 1,5,9}), and any mix of ranges
 * and single seeds separated by commas ({@code 1-8,20}).
 */
public final class SeedSet {
    /** The largest set one run may ask for (a typo such as {@code 1-1000000000} fails at once). */
    public static final int MAX_SEEDS = 1_000_000;

    private final long[] seeds;

    private SeedSet(long[] seeds) {
        if (seeds.length == 0) {
            throw new InputException("seeds: at least one seed is needed");
        }
        this.seeds = seeds;
    }

    /** Seeds 1 to {@code count}. */
    public static SeedSet count(int count) {
        if (count < 1 || count > MAX_SEEDS) {
            throw new InputException("seeds: a count must be 1 to " + MAX_SEEDS + ", got " + count);
        }
        return range(1, count);
    }

    /** Seeds {@code first} to {@code last}, both included. */
    public static SeedSet range(long first, long last) {
        if (last < first || last - first >= MAX_SEEDS) {
            throw new InputException("seeds: range " + first + "-" + last + " must run upwards and hold at most "
                    + MAX_SEEDS + " seeds");
        }
        long[] s = new long[(int) (last - first + 1)];
        for (int i = 0; i < s.length; i++) {
            s[i] = first + i;
        }
        return new SeedSet(s);
    }

    /** Exactly these seeds, in this order (no repeats). */
    public static SeedSet of(long... seeds) {
        Set<Long> seen = new LinkedHashSet<>();
        for (long s : seeds) {
            if (!seen.add(s)) {
                throw new InputException("seeds: seed " + s + " is listed twice");
            }
        }
        return new SeedSet(seeds.clone());
    }

    /**
     * Parses {@code 32}, {@code 101-132}, {@code 1,5,9} or a mix ({@code 1-8,20}); {@code where} names the
     * option or field for the error message.
     */
    public static SeedSet parse(String text, String where) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw new InputException(where + ": no seeds given; write a count (32), a range (101-132) or a list (1,5,9)");
        }
        try {
            if (!t.contains(",") && !t.contains("-")) {
                return count(Integer.parseInt(t));
            }
            List<Long> out = new ArrayList<>();
            for (String part : t.split(",")) {
                String p = part.strip();
                int dash = p.indexOf('-', 1);
                if (dash > 0) {
                    for (long s : range(Long.parseLong(p.substring(0, dash).strip()),
                            Long.parseLong(p.substring(dash + 1).strip())).seeds) {
                        out.add(s);
                    }
                } else {
                    out.add(Long.parseLong(p));
                }
                if (out.size() > MAX_SEEDS) {
                    throw new InputException("seeds: more than " + MAX_SEEDS);
                }
            }
            return of(out.stream().mapToLong(Long::longValue).toArray());
        } catch (NumberFormatException | InputException e) {
            throw new InputException(where + ": '" + t + "' is not a seed set (" + e.getMessage()
                    + "); write a count (32), a range (101-132) or a list (1,5,9)");
        }
    }

    /** The seeds, in order. */
    public long[] toArray() {
        return seeds.clone();
    }

    /** The seeds as a list, in order. */
    public List<Long> asList() {
        return Arrays.stream(seeds).boxed().toList();
    }

    public int size() {
        return seeds.length;
    }

    /** The first {@code n} seeds (a reduced ensemble for tests). */
    public SeedSet first(int n) {
        return new SeedSet(Arrays.copyOf(seeds, Math.min(n, seeds.length)));
    }

    /** Whether no seed is in both sets. */
    public boolean isDisjointFrom(SeedSet other) {
        Set<Long> mine = new LinkedHashSet<>(asList());
        for (long s : other.seeds) {
            if (mine.contains(s)) {
                return false;
            }
        }
        return true;
    }

    /** The compact form {@link #parse} reads back: runs of consecutive seeds as ranges. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        int i = 0;
        while (i < seeds.length) {
            int j = i;
            while (j + 1 < seeds.length && seeds[j + 1] == seeds[j] + 1) {
                j++;
            }
            if (b.length() > 0) {
                b.append(',');
            }
            b.append(seeds[i]);
            if (j > i) {
                b.append('-').append(seeds[j]);
            }
            i = j + 1;
        }
        return b.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SeedSet s && Arrays.equals(s.seeds, seeds);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(seeds);
    }
}
