package org.anodefree.fuzz;

import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A seeded mutator of input files: bit flips, byte insertions and deletions, truncation, spliced
 * copies, and, where the format has them, header-field tweaks that set a count or offset to the values
 * that break readers (0, 1, -1, 2^15, 2^31 - 1, 2^32 - 1, beyond the file). Text formats also get
 * their numbers swapped for the numbers that break readers ({@code 1e309}, {@code NaN}, {@code -1},
 * {@code 99999999999}) and their lines duplicated or nested. The same seed gives the same mutant.
 */
public final class Mutator {
    /** A numeric field of a binary header: where it is, how many bytes (2 or 4), in which byte order. */
    public record Field(int offset, int bytes, ByteOrder order) {
    }

    private static final long[] INTERESTING = {0, 1, 2, 0x7f, 0xff, 0x7fff, 0x8000, 0xffff, 0x10000, 0x7fffffffL,
        0x80000000L, 0xffffffffL, 1000, 1 << 20, 1 << 28};
    private static final String[] NUMBERS = {"1e309", "-1e309", "NaN", "Infinity", "-1", "0", "-0", "1e-320",
        "99999999999", "2147483648", "-2147483649", "4e9", "1e18", "0x10", "1,5", "1.2.3", "", "  ", "+", "e5"};
    private static final Pattern NUMBER = Pattern.compile("[-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?");
    private final Random rnd;

    public Mutator(long seed) {
        this.rnd = new Random(seed);
    }

    /** One to four byte-level mutations of {@code original}, some of them tweaks of the given header fields. */
    public byte[] mutate(byte[] original, List<Field> fields) {
        byte[] b = original.clone();
        int ops = 1 + rnd.nextInt(4);
        for (int k = 0; k < ops; k++) {
            int op = rnd.nextInt(fields.isEmpty() ? 6 : 9);
            b = op >= 6 ? tweak(b, fields.get(rnd.nextInt(fields.size()))) : bytes(b, op);
        }
        return b;
    }

    /** Mutations of a text file: its numbers and lines as well as its bytes. */
    public String mutateText(String original) {
        String s = original;
        int ops = 1 + rnd.nextInt(3);
        for (int k = 0; k < ops; k++) {
            s = switch (rnd.nextInt(5)) {
                case 0, 1 -> replaceNumber(s);
                case 2 -> lines(s);
                default -> new String(bytes(s.getBytes(StandardCharsets.UTF_8), rnd.nextInt(6)), StandardCharsets.UTF_8);
            };
        }
        return s;
    }

    /** A random choice among {@code options}: for tests that fuzz option strings. */
    public <T> T pick(List<T> options) {
        return options.get(rnd.nextInt(options.size()));
    }

    /** The random numbers of this mutator, for callers that need one more choice. */
    public Random random() {
        return rnd;
    }

    private byte[] bytes(byte[] b, int op) {
        if (b.length == 0) {
            return new byte[] {(byte) rnd.nextInt(256)};
        }
        switch (op) {
            case 0 -> {
                return Arrays.copyOf(b, rnd.nextInt(b.length + 1));
            }
            case 1 -> {
                for (int f = 0; f < 1 + rnd.nextInt(16); f++) {
                    b[rnd.nextInt(b.length)] ^= (byte) (1 << rnd.nextInt(8));
                }
                return b;
            }
            case 2 -> {
                int at = rnd.nextInt(b.length);
                int n = Math.min(b.length - at, 1 + rnd.nextInt(32));
                byte[] out = new byte[b.length - n];
                System.arraycopy(b, 0, out, 0, at);
                System.arraycopy(b, at + n, out, at, b.length - at - n);
                return out;
            }
            case 3 -> {
                int at = rnd.nextInt(b.length + 1);
                byte[] insert = new byte[1 + rnd.nextInt(16)];
                rnd.nextBytes(insert);
                return splice(b, at, insert);
            }
            case 4 -> {
                int from = rnd.nextInt(b.length);
                return splice(b, rnd.nextInt(b.length + 1), Arrays.copyOfRange(b, from,
                        Math.min(b.length, from + 1 + rnd.nextInt(256))));
            }
            default -> {
                int at = rnd.nextInt(b.length);
                Arrays.fill(b, at, Math.min(b.length, at + 1 + rnd.nextInt(64)), (byte) (rnd.nextBoolean() ? 0 : 0xff));
                return b;
            }
        }
    }

    private byte[] tweak(byte[] b, Field f) {
        if (f.offset() + f.bytes() > b.length) {
            return b;
        }
        long v = rnd.nextInt(4) == 0 ? (long) b.length + rnd.nextInt(1 << 16) : INTERESTING[rnd.nextInt(INTERESTING.length)];
        if (rnd.nextInt(5) == 0) {
            v = rnd.nextLong();
        }
        for (int i = 0; i < f.bytes(); i++) {
            int shift = 8 * (f.order() == ByteOrder.LITTLE_ENDIAN ? i : f.bytes() - 1 - i);
            b[f.offset() + i] = (byte) (v >>> shift);
        }
        return b;
    }

    private String replaceNumber(String s) {
        Matcher m = NUMBER.matcher(s);
        int count = 0;
        while (m.find()) {
            count++;
        }
        if (count == 0) {
            return s + NUMBERS[rnd.nextInt(NUMBERS.length)];
        }
        int target = rnd.nextInt(count);
        m.reset();
        for (int i = 0; m.find(); i++) {
            if (i == target) {
                return s.substring(0, m.start()) + NUMBERS[rnd.nextInt(NUMBERS.length)] + s.substring(m.end());
            }
        }
        return s;
    }

    private String lines(String s) {
        List<String> ls = new java.util.ArrayList<>(List.of(s.split("\n", -1)));
        int i = rnd.nextInt(ls.size());
        switch (rnd.nextInt(4)) {
            case 0 -> ls.remove(i);
            case 1 -> ls.add(rnd.nextInt(ls.size() + 1), ls.get(i));
            case 2 -> ls.set(i, "    " + ls.get(i));
            default -> ls.set(i, ls.get(i).strip());
        }
        return String.join("\n", ls);
    }

    private static byte[] splice(byte[] b, int at, byte[] insert) {
        byte[] out = new byte[b.length + insert.length];
        System.arraycopy(b, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(b, at, out, at + insert.length, b.length - at);
        return out;
    }
}
