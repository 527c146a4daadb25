package org.anodefree.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.Locale;
import org.anodefree.io.volume.RawLayout;
import org.anodefree.io.volume.VolumeFiles;
import org.anodefree.tomo.ExtractionOptions;
import org.anodefree.tomo.ProgressListener;
import org.anodefree.tomo.Segmentation;
import org.anodefree.tomo.ThicknessExtraction;
import org.anodefree.tomo.ThicknessExtractor;
import org.anodefree.tomo.VolumeSource;

/**
 * Times the tomography extractor on a raw volume file, streamed; prints one line of key=value
 * pairs (every run's seconds in order, the first being the JVM's cold run, the best, Li voxels
 * counted, peak heap) for {@code bench/tomo/bench_tomo.py}.
 *
 * <p>Usage: {@code TomoThroughput FILE X,Y,Z DTYPE MODE [THRESHOLD|auto|auto3] [REPEATS] [THREADS]} where MODE is
 * {@code count} (threshold and column count only: what NumPy does) or {@code full} (specks and
 * detached Li removed: two streamed passes, plus Otsu's histogram pass when the threshold is auto).
 */
public final class TomoThroughput {
    private TomoThroughput() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        RawLayout layout = RawLayout.parse(args[1], args[2], false);
        String mode = args[3];
        String thresholdText = args.length > 4 ? args[4] : "auto";
        int repeats = args.length > 5 ? Integer.parseInt(args[5]) : 1;
        int threads = args.length > 6 ? Integer.parseInt(args[6]) : 1;
        Segmentation seg = thresholdText.equals("auto") ? new Segmentation.Otsu(true, 2)
                : thresholdText.equals("auto3") ? new Segmentation.Otsu(true, 3)
                : new Segmentation.Threshold(Double.parseDouble(thresholdText), true);
        ExtractionOptions options = ExtractionOptions.defaults(seg);
        if (mode.equals("count")) {
            options = options.withoutComponentFilters();
        }
        double best = Double.POSITIVE_INFINITY;
        ThicknessExtraction result = null;
        StringBuilder runs = new StringBuilder();
        StringBuilder cpu = new StringBuilder();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int r = 0; r < repeats; r++) {
            // Opening is timed too: it allocates the reader's buffers and starts its thread.
            long c0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            try (VolumeSource v = VolumeFiles.open(file, layout)) {
                result = new ThicknessExtractor(v, options, 1.0, ProgressListener.NONE).threads(threads).run();
            }
            double seconds = (System.nanoTime() - t0) * 1e-9;
            best = Math.min(best, seconds);
            // CPU seconds of all the JVM's threads (reader, bands, JIT compiler, GC): the work done,
            // which load from other jobs on a shared machine does not inflate as it does wall time.
            double cpuSeconds = (os.getProcessCpuTime() - c0) * 1e-9;
            runs.append(r == 0 ? "" : ",").append(String.format(Locale.ROOT, "%.4f", seconds));
            cpu.append(r == 0 ? "" : ",").append(String.format(Locale.ROOT, "%.4f", cpuSeconds));
        }
        long voxels = (long) layout.width() * layout.height() * layout.depth();
        long peakHeap = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peakHeap += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf(Locale.ROOT, "mode=%s threads=%d runs=%s cpu=%s seconds=%.3f voxels_per_second=%.4g li_voxels=%d threshold=%s"
                + " tilt_degrees=%.3f mean_thickness_voxels=%.4f peak_heap_mb=%.1f max_heap_mb=%.1f%n",
                mode, threads, runs, cpu, best, voxels / best, result.components().keptVoxels(), result.thresholdGreyLevel(),
                result.tiltDegrees(), result.countThickness().statistics().meanMeters(),
                peakHeap / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576.0);
    }
}
