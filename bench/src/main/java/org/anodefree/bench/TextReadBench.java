package org.anodefree.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.anodefree.cycling.CyclingRecord;
import org.anodefree.io.cycler.ColumnChoice;
import org.anodefree.io.cycler.CyclerFiles;

/** Times the text readers on the largest text file of each format in the shared data; prints rows/s and bytes/s. */
public final class TextReadBench {
    private TextReadBench() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/data/cycler");
        String[] files = {"yadg/gcpl.pr_182.1.mpt", "beep/PredictionDiagnostics_000109_tztest.010",
            "cellpy/neware_uio.csv", "cellpy/batmo_bdf.csv", "bdf/SINTEF__LiGrR2032__2024-04-30__25degC__Landt.csv"};
        for (String f : files) {
            Path file = dir.resolve(f);
            for (int k = 0; k < 5; k++) {
                CyclerFiles.read(file, null, ColumnChoice.ALL); // warm-up
            }
            double[] s = new double[15];
            int rows = 0;
            for (int k = 0; k < s.length; k++) {
                long t0 = System.nanoTime();
                CyclingRecord r = CyclerFiles.read(file, null, ColumnChoice.ALL);
                s[k] = (System.nanoTime() - t0) * 1e-9;
                rows = r.rows();
            }
            Arrays.sort(s);
            double median = s[s.length / 2];
            long bytes = file.toFile().length();
            System.out.printf(Locale.ROOT, "%-52s %7d rows %6.2f MB  median %7.4f s  %5.2f M rows/s  %6.1f MB/s%n",
                    f, rows, bytes / 1e6, median, rows / median / 1e6, bytes / median / 1e6);
        }
    }
}
