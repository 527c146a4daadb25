package org.anodefree.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import org.anodefree.cycling.CyclingRecord;
import org.anodefree.io.cycler.ColumnChoice;
import org.anodefree.io.cycler.CyclerFiles;

/**
 * Times {@code CyclerFiles.read} on the largest {@code .mpr} of the shared test data and on a generated one with
 * its points repeated to a million rows; prints rows/s, bytes/s and peak heap. Not a JMH benchmark: one file
 * read is long enough (tens of ms) for wall-clock timing after warm-up; run by {@code bench/mpr-read.sh}.
 */
public final class MprReadBench {
    private MprReadBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/data/cycler/yadg");
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        Path largest;
        try (Stream<Path> files = Files.list(dir)) {
            largest = files.filter(p -> p.toString().endsWith(".mpr"))
                    .max(Comparator.comparingLong(p -> p.toFile().length())).orElseThrow();
        }
        Path big = Files.createTempFile("anodefree-bench-", ".mpr");
        try {
            Files.write(big, repeatPoints(Files.readAllBytes(largest), rows));
            System.out.printf(Locale.ROOT, "java %s, max heap %d MB, %d cores%n", System.getProperty("java.version"),
                    Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
            time(largest, 200, ColumnChoice.ALL);
            if ((long) rows * 8 * 30 < Runtime.getRuntime().maxMemory()) {
                time(big, 5, ColumnChoice.ALL); // about 30 columns of 8 bytes a row; skipped when it cannot fit
            }
            time(big, 5, ColumnChoice.BDF);
        } finally {
            Files.deleteIfExists(big);
        }
    }

    private static void time(Path file, int repeats, ColumnChoice columns) {
        for (int k = 0; k < 3; k++) {
            CyclerFiles.read(file, null, columns); // warm-up
        }
        double[] seconds = new double[repeats];
        long peak = 0;
        int rows = 0;
        for (int k = 0; k < repeats; k++) {
            System.gc();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            long t0 = System.nanoTime();
            CyclingRecord r = CyclerFiles.read(file, null, columns);
            seconds[k] = (System.nanoTime() - t0) * 1e-9;
            rows = r.rows();
            long p = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    p += pool.getPeakUsage().getUsed();
                }
            }
            peak = Math.max(peak, p);
        }
        Arrays.sort(seconds);
        double median = seconds[repeats / 2];
        long bytes = file.toFile().length();
        System.out.printf(Locale.ROOT, "%-28s %-3s %9d rows %8.1f MB  median %8.4f s (min %.4f)  %6.2f M rows/s"
                + "  %7.1f MB/s  peak heap %6.0f MB%n", file.getFileName().toString().startsWith("anodefree-bench")
                ? "generated (repeated points)" : file.getFileName(), columns, rows, bytes / 1e6, median, seconds[0],
                rows / median / 1e6, bytes / median / 1e6, peak / 1e6);
    }

    /** The file with its data module's points repeated to {@code rows} points (old or >= 11.50 header). */
    static byte[] repeatPoints(byte[] mpr, int rows) {
        ByteBuffer buf = ByteBuffer.wrap(mpr).order(ByteOrder.LITTLE_ENDIAN);
        byte[] marker = "MODULEVMP data".getBytes(StandardCharsets.US_ASCII);
        int m = indexOf(mpr, marker);
        int h = m + 6;
        long oldLength = Integer.toUnsignedLong(buf.getInt(h + 35));
        boolean newHeader = !(h + 51 + oldLength == mpr.length || startsWithModule(mpr, (int) (h + 51 + oldLength)));
        int lengthAt = h + (newHeader ? 39 : 35);
        int start = h + (newHeader ? 59 : 51);
        long length = Integer.toUnsignedLong(buf.getInt(lengthAt));
        int points = buf.getInt(start);
        int version = buf.getInt(h + (newHeader ? 47 : 39));
        int offset = newHeader ? 0x3EF : version == 2 ? 0x195 : 0x196;
        int rowBytes = (int) ((length - offset) / points);
        long newLength = offset + (long) rows * rowBytes;
        byte[] out = new byte[(int) (mpr.length - length + newLength)];
        System.arraycopy(mpr, 0, out, 0, start + offset);
        ByteBuffer o = ByteBuffer.wrap(out).order(ByteOrder.LITTLE_ENDIAN);
        o.putInt(lengthAt, (int) newLength);
        if (newHeader) {
            o.putInt(h + 35, (int) newLength);
        }
        o.putInt(start, rows);
        for (int r = 0; r < rows; r++) {
            System.arraycopy(mpr, start + offset + (r % points) * rowBytes, out, start + offset + r * rowBytes, rowBytes);
        }
        int tail = (int) (start + length);
        System.arraycopy(mpr, tail, out, (int) (start + newLength), mpr.length - tail);
        return out;
    }

    private static boolean startsWithModule(byte[] b, int at) {
        return at + 6 <= b.length && new String(b, at, 6, StandardCharsets.US_ASCII).equals("MODULE");
    }

    private static int indexOf(byte[] b, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= b.length; i++) {
            for (int k = 0; k < needle.length; k++) {
                if (b[i + k] != needle[k]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalArgumentException("no 'VMP data' module");
    }
}
