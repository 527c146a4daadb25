package org.anodefree.app.plot;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.anodefree.current.CurrentDistribution;
import org.anodefree.io.AtomicFiles;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Figures and tables of a solved current distribution: the local current density map and its histogram. */
public final class CurrentPlots {
    private static final double MA_PER_CM2_PER_A_PER_M2 = 0.1;

    private CurrentPlots() {
    }

    /**
     * Local current density magnitude in mA/cm2 on a log colour scale from the smallest to the
     * largest active value (at least a factor 2, at most four decades), with a scale bar; inactive
     * pixels black, pixels outside the electrode grey.
     */
    public static BufferedImage currentDensityImage(CurrentDistribution d, boolean[] inside, String title) {
        double max = 0;
        double min = Double.POSITIVE_INFINITY;
        for (int i = 0; i < d.width() * d.height(); i++) {
            if (d.isActive(i)) {
                double v = Math.abs(d.currentDensityAt(i)) * MA_PER_CM2_PER_A_PER_M2;
                max = Math.max(max, v);
                min = v > 0 ? Math.min(min, v) : min;
            }
        }
        if (!(max > 0)) {
            max = 1.0;
        }
        double lo = Math.max(Math.min(min, max / 2), max * 1e-4);
        return MapImage.render(d.width(), d.height(), d.pixelSizeMeters(),
                i -> inside != null && !inside[i] ? Double.NaN
                        : d.isActive(i) ? Math.abs(d.currentDensityAt(i)) * MA_PER_CM2_PER_A_PER_M2 : 0.0,
                lo, max, "|j| (mA/cm2)", title, true);
    }

    /** Share of active area (%) per bin of local current density (mA/cm2). */
    public static JFreeChart histogramChart(CurrentDistribution.Histogram h, double appliedMilliampsPerCm2) {
        XYSeries s = new XYSeries("active pixels", false);
        long[] counts = h.counts();
        long total = 0;
        for (long c : counts) {
            total += c;
        }
        double binWidth = (h.maxAmpsPerM2() - h.minAmpsPerM2()) / counts.length * MA_PER_CM2_PER_A_PER_M2;
        for (int b = 0; b < counts.length; b++) {
            s.add(h.lowerEdgeAmpsPerM2(b) * MA_PER_CM2_PER_A_PER_M2 + binWidth / 2, 100.0 * counts[b] / total);
        }
        XYSeriesCollection data = new XYSeriesCollection(s);
        data.setIntervalWidth(binWidth > 0 ? binWidth : 1e-9);
        JFreeChart chart = ChartFactory.createXYBarChart(String.format(Locale.ROOT,
                "Local current density over the active area (applied %.3g mA/cm2)", appliedMilliampsPerCm2),
                "Local current density (mA/cm2)", false, "Share of active area (%)", data,
                PlotOrientation.VERTICAL, false, false, false);
        XYPlot plot = chart.getXYPlot();
        XYBarRenderer r = (XYBarRenderer) plot.getRenderer();
        r.setSeriesPaint(0, new Color(0x21918c));
        r.setShadowVisible(false);
        r.setBarPainter(new org.jfree.chart.renderer.xy.StandardXYBarPainter());
        return ChartFiles.styled(chart);
    }

    /** The histogram as CSV: bin edges in mA/cm2 and pixel counts. */
    public static void writeHistogramCsv(CurrentDistribution.Histogram h, Path file) {
        AtomicFiles.write(file, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write("lower_mA_per_cm2,upper_mA_per_cm2,pixels\n");
            long[] counts = h.counts();
            for (int b = 0; b < counts.length; b++) {
                double upper = b + 1 < counts.length ? h.lowerEdgeAmpsPerM2(b + 1) : h.maxAmpsPerM2();
                w.write(String.format(Locale.ROOT, "%.6g,%.6g,%d%n", h.lowerEdgeAmpsPerM2(b) * MA_PER_CM2_PER_A_PER_M2,
                        upper * MA_PER_CM2_PER_A_PER_M2, counts[b]));
            }
            w.flush();
        });
    }
}
