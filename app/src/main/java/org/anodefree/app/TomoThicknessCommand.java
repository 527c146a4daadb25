package org.anodefree.app;

import java.nio.file.Path;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.anodefree.InputException;
import org.anodefree.app.plot.ChartFiles;
import org.anodefree.io.RunFolder;
import org.anodefree.app.plot.OrthogonalSlices;
import org.anodefree.app.plot.MapImage;
import org.anodefree.io.map.ThicknessMapFiles;
import org.anodefree.io.volume.RawLayout;
import org.anodefree.io.volume.VolumeFiles;
import org.anodefree.map.ThicknessMap;
import org.anodefree.tomo.Axis;
import org.anodefree.tomo.CollectorSide;
import org.anodefree.tomo.CroppedVolume;
import org.anodefree.tomo.ExtractionOptions;
import org.anodefree.tomo.Segmentation;
import org.anodefree.tomo.ThicknessExtraction;
import org.anodefree.tomo.ThicknessExtractor;
import org.anodefree.tomo.ThicknessReport;
import org.anodefree.tomo.VolumeSource;
import org.anodefree.units.Quantity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code anodefree tomo-thickness}: a tomography volume to a Li thickness map, its picture, stats and a segmentation check. */
@Command(name = "tomo-thickness", mixinStandardHelpOptions = true,
        description = {"Turn a tomography volume into a Li thickness map, streamed slice by slice.",
            "The volume is a label volume (--li-label) or grey levels (--threshold).",
            "Writes the map (TIFF/CSV/NPY by extension of -o), BASE.png (the map), BASE-slices.png (orthogonal"
                + " cuts with the segmented Li outlined) and prints statistics."})
public final class TomoThicknessCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "VOLUME", description = "multi-page TIFF, folder of TIFF slices, or raw file with --raw")
    Path volume;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "MAP", description = "thickness map to write (.tif, .csv, .npy)")
    Path output;

    @Option(names = "--extent-out", paramLabel = "MAP",
            description = "also write the Li layer's bottom-to-top distance map; it exceeds the thickness map where the layer has pores")
    Path extentOut;

    @Option(names = "--voxel", paramLabel = "LENGTH", description = "voxel edge, e.g. 1.7um (default: from the file's calibration)")
    String voxel;

    @Option(names = "--li-label", paramLabel = "N", description = "the label of Li in a segmented volume")
    Integer liLabel;

    @Option(names = "--threshold", paramLabel = "auto|VALUE", description = "segment grey levels: Otsu (auto) or a grey level")
    String threshold;

    @Option(names = "--otsu-classes", paramLabel = "2|3", defaultValue = "2",
            description = "classes for --threshold auto: 2 (Otsu) or 3 (collector, Li, electrolyte; Li is the darkest)")
    int otsuClasses;

    @Option(names = "--li-bright", description = "Li is above the threshold (default: Li is the dark phase)")
    boolean liBright;

    @Option(names = "--median", description = "3x3x3 median filter before thresholding (grey levels only)")
    boolean median;

    @Option(names = "--axis", paramLabel = "x|y|z", defaultValue = "z", description = "axis across the Li layer (default ${DEFAULT-VALUE})")
    String axis;

    @Option(names = "--collector", paramLabel = "low|high", defaultValue = "low",
            description = "end of the axis where the current collector is (default ${DEFAULT-VALUE})")
    String collector;

    @Option(names = "--roi", paramLabel = "x0,y0,w,h", description = "region of interest in x and y (all slices)")
    String roi;

    @Option(names = "--min-component", paramLabel = "VOXELS", defaultValue = "" + ExtractionOptions.DEFAULT_MIN_COMPONENT_VOXELS,
            description = "remove Li pieces smaller than this (default ${DEFAULT-VALUE}; 0 keeps all)")
    long minComponent;

    @Option(names = "--keep-detached", description = "keep Li that does not touch the current collector")
    boolean keepDetached;

    @Option(names = "--surface", paramLabel = "plane|quadratic", defaultValue = "plane",
            description = "shape fitted to the collector surface (default ${DEFAULT-VALUE})")
    String surface;

    @Option(names = "--passed", paramLabel = "CAPACITY", description = "areal charge passed while plating, e.g. 5.5mAh/cm2")
    String passed;

    @Option(names = "--raw", description = "VOLUME is a headerless binary file (needs --shape and --dtype)")
    boolean raw;

    @Option(names = "--shape", paramLabel = "X,Y,Z", description = "raw volume shape, x fastest")
    String shape;

    @Option(names = "--dtype", paramLabel = "uint8|uint16|float32", description = "raw voxel type")
    String dtype;

    @Option(names = "--big-endian", description = "raw multi-byte voxels are big-endian (default little)")
    boolean bigEndian;

    @Option(names = "--threads", paramLabel = "N", description = "threads for the per-voxel work (default: all processors;"
            + " the result is the same for any N)")
    Integer threads;

    @Option(names = "--json", description = "print the statistics as JSON")
    boolean json;

    @Option(names = "--no-plots", description = "skip the PNG pictures")
    boolean noPlots;

    @Override
    public Integer call() {
        // Every option is checked before the volume is opened, so that its message names the option.
        if (otsuClasses != 2 && otsuClasses != 3) {
            throw new InputException("--otsu-classes: must be 2 or 3, got " + otsuClasses);
        }
        Segmentation segmentation = segmentation();
        if (minComponent < 0) {
            throw new InputException("--min-component: must be 0 or more voxels, got " + minComponent);
        }
        int threadCount = Options.atLeast(threads != null ? threads : Runtime.getRuntime().availableProcessors(), 1,
                "--threads");
        ExtractionOptions options = new ExtractionOptions(segmentation, Axis.parse(axis, "--axis"), collectorSide(),
                median, minComponent, !keepDetached, ExtractionOptions.DEFAULT_ATTACH_TOLERANCE_VOXELS, surfaceOrder());
        double passedMah = passed == null ? Double.NaN
                : Options.positive(passed, Quantity.AREAL_CAPACITY, "--passed") / Quantity.AREAL_CAPACITY.factorToSi(
                        "mAh/cm2", "--passed");
        double voxelGiven = voxel == null ? Double.NaN : Options.positive(voxel, Quantity.LENGTH, "--voxel");
        int[] region = roi == null ? null : roi(roi);
        RawLayout layout = raw ? RawLayout.parse(shape, dtype, bigEndian) : null;
        if (!raw && (shape != null || dtype != null)) {
            throw new InputException("--shape/--dtype: only for a raw volume; add --raw");
        }
        String base = baseName(output);
        RunFolder run = RunFolder.file("tomo-thickness", output, List.of(volume), Options.values("voxel", voxel,
                "liLabel", liLabel, "threshold", threshold, "otsuClasses", otsuClasses, "liBright", liBright, "median", median,
                "axis", axis, "collector", collector, "roi", roi, "minComponent", minComponent, "keepDetached", keepDetached,
                "surface", surface, "raw", raw ? shape + " " + dtype + (bigEndian ? " big-endian" : "") : null));
        try (VolumeSource opened = VolumeFiles.open(volume, layout)) {
            VolumeSource v = region == null ? opened : new CroppedVolume(opened, region[0], region[1], region[2], region[3]);
            double voxelMeters = VolumeFiles.voxelSizeMeters(v, voxelGiven);
            OrthogonalSlices views = noPlots ? null : new OrthogonalSlices(v.width(), v.height(), v.depth());
            ThicknessExtraction result;
            try (ConsoleProgress progress = new ConsoleProgress("tomo-thickness", System.err)) {
                ThicknessExtractor extractor = new ThicknessExtractor(v, options, voxelMeters, progress)
                        .threads(threadCount);
                if (views != null) {
                    extractor.observeLastPass(views);
                }
                result = extractor.run();
            }
            ThicknessMapFiles.write(output, result.countThickness());
            if (extentOut != null) {
                ThicknessMapFiles.write(extentOut, result.surfaceThickness());
            }
            if (views != null) {
                Path dir = output.toAbsolutePath().getParent();
                ThicknessMap map = result.countThickness();
                ChartFiles.writePng(MapImage.thickness(map, Math.max(map.statistics().maxMeters(), 1e-9),
                        "Li thickness, " + volume.getFileName()), dir.resolve(base + ".png"));
                ChartFiles.writePng(views.render("Segmented Li, " + volume.getFileName()),
                        dir.resolve(base + "-slices.png"));
            }
            ThicknessReport report = ThicknessReport.of(result, passedMah);
            System.out.println(json ? Json.write(summary(result, report, voxelMeters)) : text(result, report, voxelMeters));
        }
        run.complete();
        return 0;
    }

    private Segmentation segmentation() {
        if ((liLabel == null) == (threshold == null)) {
            throw new InputException("give exactly one of --li-label N (label volume) or --threshold auto|VALUE"
                    + " (grey-level volume)");
        }
        if (liLabel != null) {
            return new Segmentation.Label(liLabel);
        }
        if (threshold.trim().equalsIgnoreCase("auto")) {
            return new Segmentation.Otsu(!liBright, otsuClasses);
        }
        try {
            return new Segmentation.Threshold(Double.parseDouble(threshold.trim()), !liBright);
        } catch (NumberFormatException e) {
            throw new InputException("--threshold: '" + threshold + "' is neither 'auto' nor a grey level");
        }
    }

    private CollectorSide collectorSide() {
        return switch (collector.trim().toLowerCase(Locale.ROOT)) {
            case "low" -> CollectorSide.LOW;
            case "high" -> CollectorSide.HIGH;
            default -> throw new InputException("--collector: '" + collector + "' must be low or high");
        };
    }

    private int surfaceOrder() {
        return switch (surface.trim().toLowerCase(Locale.ROOT)) {
            case "plane" -> 1;
            case "quadratic" -> 2;
            default -> throw new InputException("--surface: '" + surface + "' must be plane or quadratic");
        };
    }

    private static int[] roi(String text) {
        String[] p = text.split(",");
        if (p.length != 4) {
            throw new InputException("--roi: '" + text + "' must be x0,y0,w,h");
        }
        int[] n = new int[4];
        for (int i = 0; i < 4; i++) {
            try {
                n[i] = Integer.parseInt(p[i].trim());
            } catch (NumberFormatException e) {
                throw new InputException("--roi: '" + p[i] + "' in '" + text + "' is not a whole number");
            }
        }
        return n;
    }

    private static String baseName(Path out) {
        String name = out.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static Map<String, Object> summary(ThicknessExtraction r, ThicknessReport report, double voxelMeters) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("voxelSizeMicrometers", voxelMeters * 1e6);
        m.put("mapWidth", r.countThickness().width());
        m.put("mapHeight", r.countThickness().height());
        m.put("thresholdGreyLevel", Double.isNaN(r.thresholdGreyLevel()) ? null : r.thresholdGreyLevel());
        Map<String, Object> stats = new LinkedHashMap<>();
        for (var c : ThicknessReport.class.getRecordComponents()) {
            try {
                Object v = c.getAccessor().invoke(report);
                stats.put(c.getName(), v instanceof Double d && !Double.isFinite(d) ? null : v);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        m.put("statistics", stats);
        m.put("surfaceOrder", r.surface().order());
        m.put("surfaceRmsResidualVoxels", r.surface().rmsResidualVoxels());
        m.put("components", r.components());
        m.put("liColumns", r.liColumns());
        m.put("poreColumns", r.poreColumns());
        return m;
    }

    private static String text(ThicknessExtraction r, ThicknessReport s, double voxelMeters) {
        StringBuilder b = new StringBuilder();
        ThicknessMap m = r.countThickness();
        b.append(String.format(Locale.ROOT, "map            %d x %d pixels of %.3g um%n", m.width(), m.height(), voxelMeters * 1e6));
        if (!Double.isNaN(r.thresholdGreyLevel())) {
            b.append(String.format(Locale.ROOT, "threshold      %.6g%n", r.thresholdGreyLevel()));
        }
        b.append(String.format(Locale.ROOT, "collector      %s tilted %.2f deg (rms residual %.2f voxels)%n",
                r.surface().order() == 1 ? "plane" : "quadratic", s.tiltDegrees(), r.surface().rmsResidualVoxels()));
        b.append(String.format(Locale.ROOT, "thickness um   mean %.2f  min %.2f  p5 %.2f  p25 %.2f  median %.2f  p75 %.2f  p95 %.2f  max %.2f%n",
                s.meanMicrometers(), s.minMicrometers(), s.p05Micrometers(), s.p25Micrometers(), s.medianMicrometers(),
                s.p75Micrometers(), s.p95Micrometers(), s.maxMicrometers()));
        b.append(String.format(Locale.ROOT, "bare           %.1f %% of the map%n", 100 * s.bareFraction()));
        b.append(String.format(Locale.ROOT, "layer extent   mean %.2f um bottom to top; pores in %.1f %% of Li columns%n",
                s.meanSurfaceMicrometers(), 100 * s.poreColumnFraction()));
        b.append(String.format(Locale.ROOT, "capacity       %.3f mAh/cm2 of dense Li", s.capacityMilliampHoursPerCm2()));
        if (!Double.isNaN(s.passedMilliampHoursPerCm2())) {
            b.append(String.format(Locale.ROOT, " = %.1f %% of the %.3g mAh/cm2 passed", 100 * s.capacityOverPassed(),
                    s.passedMilliampHoursPerCm2()));
        }
        b.append(System.lineSeparator());
        var c = r.components();
        if (c.components() > 0) {
            b.append(String.format(Locale.ROOT, "removed        %d specks (%d voxels), %d detached pieces (%d voxels) of %d components%n",
                    c.speckComponents(), c.speckVoxels(), c.detachedComponents(), c.detachedVoxels(), c.components()));
        }
        return b.toString().stripTrailing();
    }
}
