package org.anodefree.io.cycler;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.anodefree.InputException;
import org.anodefree.SharedData;
import org.anodefree.cycling.CyclingRecord;

/**
 * Feeds truncated, bit-flipped, spliced and zeroed copies of the real files to every reader: each must return
 * a record or throw {@link InputException}, never another exception, and never hang.
 */
class CyclerReadersFuzzTest {
    /** Each seed file is cut to this many bytes so that a try stays fast. */
    static final int MAX_BYTES = 48 * 1024;
    static final String[] FILES = {"yadg/cp.mpr", "yadg/zir.mpr", "yadg/gcpl.issue_226.I.mpr", "yadg/wait.mpr",
        "yadg/geis.issue_149.mpr", "yadg/cp.mpt", "yadg/mb.issue_95.de.mpt",
        "beep/PredictionDiagnostics_000151_test.052", "beep/maccor_test_file_4267-66-6519.041",
        "beep/maccor_test_file_4267-66-6519.EDA0001.041", "beep/FastCharge_000025_CH8.csv",
        "cellpy/neware_uio.csv", "cellpy/batmo_bdf.csv", "bdf/SINTEF__LiGrR2032__2024-04-30__25degC__Landt.csv"};
    static final List<Function<byte[], CyclingRecord>> READERS = List.of(
        b -> BiologicMprReader.read("f.mpr", b),
        b -> BiologicMptReader.read("f.mpt", new ByteArrayInputStream(b)),
        b -> MaccorReader.read("f.052", new ByteArrayInputStream(b)),
        b -> MaccorEisReader.read("f.EDA", new ByteArrayInputStream(b)),
        b -> NewareReader.read("f.csv", new ByteArrayInputStream(b)),
        b -> ArbinReader.read("f.csv", new ByteArrayInputStream(b), null),
        b -> LandtReader.read("f.csv", new ByteArrayInputStream(b)),
        b -> BdfCsvReader.read("f.csv", new ByteArrayInputStream(b)),
        b -> BiologicMprReader.read("f", b.length > 0 ? b : new byte[0]),
        b -> readDetected(b),
        b -> BiologicMprReader.read("f.mpr", java.nio.ByteBuffer.wrap(b), ColumnChoice.BDF),
        b -> BiologicMptReader.read("f.mpt", new ByteArrayInputStream(b), ColumnChoice.BDF));

    private static List<byte[]> seeds;

    @Property(tries = 150)
    void mutatedFilesGiveARecordOrInputException(@ForAll @IntRange(min = 0, max = 13) int file,
            @ForAll long seed) throws IOException {
        byte[] bytes = mutate(seeds().get(file), new Random(seed));
        for (Function<byte[], CyclingRecord> reader : READERS) {
            assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
                try {
                    reader.apply(bytes);
                } catch (InputException expected) {
                    // Our own error: fine.
                }
            });
        }
    }

    static byte[] mutate(byte[] original, Random rnd) {
        byte[] b = original.clone();
        int ops = 1 + rnd.nextInt(4);
        for (int k = 0; k < ops && b.length > 0; k++) {
            switch (rnd.nextInt(5)) {
                case 0 -> b = Arrays.copyOf(b, rnd.nextInt(b.length + 1));
                case 1 -> {
                    for (int f = 0; f < 1 + rnd.nextInt(16); f++) {
                        int at = rnd.nextInt(b.length);
                        b[at] ^= (byte) (1 << rnd.nextInt(8));
                    }
                }
                case 2 -> {
                    int at = rnd.nextInt(b.length);
                    Arrays.fill(b, at, Math.min(b.length, at + rnd.nextInt(64)), (byte) (rnd.nextBoolean() ? 0 : 0xFF));
                }
                case 3 -> {
                    int from = rnd.nextInt(b.length);
                    int len = Math.min(b.length - from, rnd.nextInt(256));
                    int at = rnd.nextInt(b.length);
                    byte[] out = new byte[b.length + len];
                    System.arraycopy(b, 0, out, 0, at);
                    System.arraycopy(b, from, out, at, len);
                    System.arraycopy(b, at, out, at + len, b.length - at);
                    b = out;
                }
                default -> {
                    int at = rnd.nextInt(b.length);
                    b[at] = (byte) "\t,\n\r:;.-eE0 d\"".charAt(rnd.nextInt(14));
                }
            }
        }
        return b;
    }

    private static CyclingRecord readDetected(byte[] b) {
        CyclerFormat f = CyclerFormat.detect("f", Arrays.copyOf(b, Math.min(b.length, CyclerFormat.HEAD_BYTES)));
        return READERS.get(f.ordinal()).apply(b);
    }

    private static synchronized List<byte[]> seeds() throws IOException {
        if (seeds == null) {
            Path dir = SharedData.folder("cycler");
            List<byte[]> s = new ArrayList<>();
            for (String f : FILES) {
                byte[] all = Files.readAllBytes(dir.resolve(f));
                s.add(Arrays.copyOf(all, Math.min(all.length, MAX_BYTES)));
            }
            seeds = s;
        }
        return seeds;
    }
}
