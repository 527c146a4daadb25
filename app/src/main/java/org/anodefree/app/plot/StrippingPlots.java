package org.anodefree.app.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.anodefree.io.AtomicFiles;
import org.anodefree.map.StrippingCurve;
import org.anodefree.map.StrippingLevel;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Charts and tables of a stripping curve: active area and current-density multiplier against capacity stripped. */
public final class StrippingPlots {
    private StrippingPlots() {
    }

    /** Active area (%) against capacity stripped (%), with the requested levels marked, and the multiplier on a second axis. */
    public static JFreeChart activeAreaChart(StrippingCurve curve, StrippingLevel[] levels) {
        return activeAreaChart(curve, levels, new double[0][]);
    }

    /** As above, with reported points (stripped fraction, active fraction) marked for comparison. */
    public static JFreeChart activeAreaChart(StrippingCurve curve, StrippingLevel[] levels, double[][] reported) {
        XYSeries active = new XYSeries("active area", false);
        XYSeries multiplier = new XYSeries("current-density multiplier", false);
        for (int i = 0; i < curve.size(); i++) {
            active.add(100 * curve.strippedFraction()[i], 100 * curve.activeFraction()[i]);
            double m = curve.currentDensityMultiplier(i);
            if (Double.isFinite(m) && m <= 20) {
                multiplier.add(100 * curve.strippedFraction()[i], m);
            }
        }
        XYSeries marks = new XYSeries("requested levels", false);
        for (StrippingLevel l : levels) {
            marks.add(100 * l.strippedFraction(), 100 * l.activeFraction());
        }
        XYSeriesCollection left = new XYSeriesCollection();
        left.addSeries(active);
        left.addSeries(marks);
        XYSeries paper = new XYSeries("reported (paper)", false);
        for (double[] p : reported) {
            paper.add(100 * p[0], 100 * p[1]);
        }
        if (reported.length > 0) {
            left.addSeries(paper);
        }
        JFreeChart chart = ChartFactory.createXYLineChart("Active area as Li is stripped layer by layer",
                "Li capacity stripped (%)", "Electrochemically active area (%)", left, PlotOrientation.VERTICAL,
                true, false, false);
        XYPlot plot = chart.getXYPlot();
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer();
        r.setSeriesLinesVisible(0, true);
        r.setSeriesShapesVisible(0, false);
        r.setSeriesPaint(0, new Color(0x21918c));
        r.setSeriesStroke(0, new BasicStroke(2.5f));
        r.setSeriesLinesVisible(1, false);
        r.setSeriesShapesVisible(1, true);
        r.setSeriesPaint(1, Color.BLACK);
        r.setSeriesLinesVisible(2, false);
        r.setSeriesShapesVisible(2, true);
        r.setSeriesPaint(2, new Color(0xd62728));
        r.setSeriesShape(2, new java.awt.geom.Rectangle2D.Double(-5, -5, 10, 10));
        plot.setRenderer(0, r);
        ((NumberAxis) plot.getDomainAxis()).setRange(0, 100);
        ((NumberAxis) plot.getRangeAxis()).setRange(0, 102);
        NumberAxis right = new NumberAxis("Current-density multiplier (1 / active fraction)");
        right.setRange(1, 10);
        plot.setRangeAxis(1, right);
        plot.setDataset(1, new XYSeriesCollection(multiplier));
        plot.mapDatasetToRangeAxis(1, 1);
        XYLineAndShapeRenderer r2 = new XYLineAndShapeRenderer(true, false);
        r2.setSeriesPaint(0, new Color(0x9b2226));
        r2.setSeriesStroke(0, new BasicStroke(1.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
        plot.setRenderer(1, r2);
        return ChartFiles.styled(chart);
    }

    /** The curve as CSV: stripped fraction, active fraction, multiplier, depth in um. */
    public static void writeCurveCsv(StrippingCurve curve, Path file) {
        AtomicFiles.write(file, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write("stripped_fraction,active_fraction,current_density_multiplier,depth_um\n");
            for (int i = 0; i < curve.size(); i++) {
                double m = curve.currentDensityMultiplier(i);
                w.write(String.format(Locale.ROOT, "%.6f,%.8f,%s,%.6f%n", curve.strippedFraction()[i],
                        curve.activeFraction()[i], Double.isFinite(m) ? String.format(Locale.ROOT, "%.6f", m) : "inf",
                        curve.depthMeters()[i] * 1e6));
            }
            w.flush();
        });
    }
}
