package org.anodefree.io.cycler;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.anodefree.InputException;
import org.anodefree.SharedData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Feeds truncated, bit-flipped, spliced, zeroed and re-punctuated copies of the real files to every cycler
 * reader, each read both with its format forced and with the format detected: each must return a record or
 * throw {@link InputException} (0 other exceptions) within 2 s (0 timeouts). A seeded mutator, so a failure
 * names the seed that reproduces it. Mutants per reader: {@code -Danodefree.fuzz.mutants=N} (default 200; the
 * issue's acceptance run used 10000); {@code -Danodefree.fuzz.formats=nda,ndax} limits a run to some formats.
 */
class CyclerReadersFuzzTest {
    static final int MUTANTS = Integer.getInteger("anodefree.fuzz.mutants", 200);
    static final long TIMEOUT_MILLIS = 2000;
    /** Text seeds are cut to this many bytes so that a try stays fast. */
    static final int MAX_TEXT_BYTES = 48 * 1024;

    static final Map<CyclerFormat, String[]> SEEDS = new LinkedHashMap<>();
    /** A seed made here: the first 60 records of a BTSDA CSV export as a one-sheet workbook. */
    static final String SMALL_WORKBOOK = "(written) fastnda/interp-test.csv as .xlsx";

    static {
        SEEDS.put(CyclerFormat.BIOLOGIC_MPR, new String[] {"yadg/cp.mpr", "yadg/zir.mpr", "yadg/gcpl.issue_226.I.mpr",
            "yadg/wait.mpr", "yadg/geis.issue_149.mpr", "echemistpy/HAC_NH3_02_02_GCPL_C04.mpr", "biologic-converter/cv.mpr"});
        SEEDS.put(CyclerFormat.BIOLOGIC_MPT, new String[] {"yadg/cp.mpt", "yadg/mb.issue_95.de.mpt",
            "echemistpy/HAC_NH3_02_02_GCPL_C04.mpt", "PyProBE/Sample_data_biologic_no_header.mpt",
            "PyProBE/Sample_data_biologic_timestamped.txt"});
        SEEDS.put(CyclerFormat.MACCOR, new String[] {"beep/PredictionDiagnostics_000151_test.052",
            "beep/maccor_test_file_4267-66-6519.041", "cellpy/maccor_two.txt", "cellpy/maccor_one.txt",
            "battery-data-toolkit/maccor_example.001"});
        SEEDS.put(CyclerFormat.MACCOR_EIS, new String[] {"beep/maccor_test_file_4267-66-6519.EDA0001.041"});
        SEEDS.put(CyclerFormat.NEWARE, new String[] {"cellpy/neware_uio.csv", "cellpy/nw_regular_export_ife_example.csv",
            "fastnda/interp-test.csv"});
        SEEDS.put(CyclerFormat.ARBIN, new String[] {"beep/FastCharge_000025_CH8.csv", "battery-data-toolkit/arbin_example.csv"});
        SEEDS.put(CyclerFormat.LANDT, new String[] {"bdf/SINTEF__LiGrR2032__2024-04-30__25degC__Landt.csv"});
        SEEDS.put(CyclerFormat.NOVONIX, new String[] {"beep/test_Nova_Form-CH01-01_short.csv"});
        SEEDS.put(CyclerFormat.BASYTEC, new String[] {"PyProBE/sample_data_basytec.txt"});
        SEEDS.put(CyclerFormat.PEC, new String[] {"cellpy/pec_Test25205.csv"});
        SEEDS.put(CyclerFormat.BDF, new String[] {"cellpy/batmo_bdf.csv"});
        // The real workbook (345 kB, 60 ms a read) only in long runs; a small one written from a Neware CSV always.
        SEEDS.put(CyclerFormat.XLSX, MUTANTS >= 1000 ? new String[] {SMALL_WORKBOOK,
            "BatteryABN/GMJuly2022_CELL002_RPT_3_P0C_5P0PSI_20230110_R0_CH041_20230110143333_37_2_1_2818580185.xlsx"}
            : new String[] {SMALL_WORKBOOK});
        SEEDS.put(CyclerFormat.ARBIN_RES, new String[] {"cellpy/20210210_FC_01_cc_01.res"});
        SEEDS.put(CyclerFormat.NEWARE_NDA, new String[] {"fastnda/nda_v8.nda", "fastnda/nda_v22.nda",
            "fastnda/TestFile.nda"});
        SEEDS.put(CyclerFormat.NEWARE_NDAX, new String[] {"fastnda/scrubbed_ndc2.ndax", "fastnda/46_1_5_60_bts16.ndax",
            "fastnda/TESTCELL0001-Test_Data_Collection_Ndc17.ndax", "fastnda/Unit27_Example_Data_File.ndax",
            "fastnda/interp-test.ndax", "fastnda/empty.ndax"});
    }

    @TempDir
    static Path tmp;
    private static ExecutorService executor;

    @BeforeAll
    static void start() {
        executor = daemonExecutor();
    }

    @AfterAll
    static void stop() {
        executor.shutdownNow();
    }

    @ParameterizedTest
    @EnumSource(CyclerFormat.class)
    void mutatedFilesGiveARecordOrInputException(CyclerFormat format) throws Exception {
        String[] files = SEEDS.get(format);
        org.junit.jupiter.api.Assumptions.assumeTrue(files != null, format + ": no seed file");
        String only = System.getProperty("anodefree.fuzz.formats"); // e.g. "nda,ndax" for a long run of a few
        org.junit.jupiter.api.Assumptions.assumeTrue(only == null || java.util.Arrays.asList(only.split(","))
                .contains(format.cliName()), format + ": not in -Danodefree.fuzz.formats");
        Path dir = SharedData.folder("cycler");
        List<byte[]> seeds = new ArrayList<>();
        for (String f : files) {
            byte[] all = f.equals(SMALL_WORKBOOK) ? smallWorkbook(dir) : Files.readAllBytes(dir.resolve(f));
            seeds.add(binary(format) ? all : Arrays.copyOf(all, Math.min(all.length, MAX_TEXT_BYTES)));
        }
        List<String> failures = new ArrayList<>();
        int timeouts = 0;
        Path file = tmp.resolve("mutant-" + format.cliName());
        for (int m = 0; m < MUTANTS; m++) {
            long seed = format.ordinal() * 1_000_003L + m;
            Random rnd = new Random(seed);
            byte[] seedBytes = seeds.get(rnd.nextInt(seeds.size()));
            boolean zip = seedBytes.length > 2 && seedBytes[0] == 'P' && seedBytes[1] == 'K';
            byte[] bytes = zip && rnd.nextBoolean() ? mutateMember(seedBytes, rnd) : mutate(seedBytes, rnd);
            Files.write(file, bytes);
            for (CyclerFormat forced : new CyclerFormat[] {format, null}) {
                String outcome = readOnce(file, forced);
                if (outcome != null) {
                    timeouts += outcome.startsWith("timeout") ? 1 : 0;
                    failures.add("seed " + seed + (forced == null ? " (detected)" : " (forced)") + ": " + outcome);
                }
            }
        }
        System.out.printf("fuzz %s: %d mutants, %d reads, %d unexpected exceptions, %d timeouts over %d ms%n",
                format.cliName(), MUTANTS, 2 * MUTANTS, failures.size() - timeouts, timeouts, TIMEOUT_MILLIS);
        assertThat(failures).as(format + ": mutants that gave another exception or took over 2 s").isEmpty();
    }

    private static byte[] smallWorkbook(Path dir) throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve("fastnda/interp-test.csv"),
                java.nio.charset.StandardCharsets.ISO_8859_1).subList(0, 61);
        Path xlsx = tmp.resolve("seed.xlsx");
        XlsxReaderTest.writeWorkbook(xlsx, "record", lines);
        return Files.readAllBytes(xlsx);
    }

    /** {@code null} when the read returned a record or an InputException; else what went wrong. */
    private static String readOnce(Path file, CyclerFormat format) throws InterruptedException {
        Future<String> f = executor.submit(() -> {
            try {
                CyclerFiles.read(file, format);
                return null;
            } catch (InputException expected) {
                return null;
            } catch (RuntimeException | StackOverflowError e) {
                StackTraceElement at = e.getStackTrace().length > 0 ? e.getStackTrace()[0] : null;
                return e + " at " + at;
            }
        });
        try {
            return f.get(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            executor.shutdownNow();
            executor = daemonExecutor();
            return "timeout";
        } catch (java.util.concurrent.ExecutionException e) {
            return String.valueOf(e.getCause());
        }
    }

    private static ExecutorService daemonExecutor() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz-read");
            t.setDaemon(true);
            return t;
        });
    }

    static boolean binary(CyclerFormat f) {
        return f == CyclerFormat.BIOLOGIC_MPR || f == CyclerFormat.NEWARE_NDA || f == CyclerFormat.NEWARE_NDAX
                || f == CyclerFormat.ARBIN_RES || f == CyclerFormat.XLSX;
    }

    /** A zip with one member mutated and the archive rebuilt, so the mutation gets past the zip's CRC. */
    static byte[] mutateMember(byte[] zip, Random rnd) throws IOException {
        List<String> names = new ArrayList<>();
        List<byte[]> contents = new ArrayList<>();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
                contents.add(in.readAllBytes());
            }
        }
        if (names.isEmpty()) {
            return mutate(zip, rnd);
        }
        int pick = rnd.nextInt(names.size());
        contents.set(pick, mutate(contents.get(pick), rnd));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(out)) {
            for (int k = 0; k < names.size(); k++) {
                z.putNextEntry(new java.util.zip.ZipEntry(names.get(k)));
                z.write(contents.get(k));
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    static byte[] mutate(byte[] original, Random rnd) {
        byte[] b = original.clone();
        int ops = 1 + rnd.nextInt(4);
        for (int k = 0; k < ops && b.length > 0; k++) {
            switch (rnd.nextInt(6)) {
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
                case 4 -> {
                    // A number that parses to Infinity, or control characters, in place of a field.
                    byte[] insert = (rnd.nextBoolean() ? "1e309" : "\u0001\u0002").getBytes(
                            java.nio.charset.StandardCharsets.ISO_8859_1);
                    int at = rnd.nextInt(b.length);
                    System.arraycopy(insert, 0, b, at, Math.min(insert.length, b.length - at));
                }
                default -> {
                    int at = rnd.nextInt(b.length);
                    b[at] = (byte) "\t,\n\r:;.-eE0 d\"".charAt(rnd.nextInt(14));
                }
            }
        }
        return b;
    }
}
