package org.anodefree.app.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.List;
import org.anodefree.cycling.CycleTable;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.RangeType;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Charts of per-cycle tables over several runs (seeds): Coulombic efficiency against cycle (the paper's
 * Fig. 4d-e), and the cumulative plated capacity at the short against the Li retained before it.
 */
public final class CycleCharts {
    /** Runs drawn as their own lines at most; with more only the median and the band are drawn. */
    static final int MAX_RUN_LINES = 16;

    private static final String CE = "Coulombic Efficiency";

    private CycleCharts() {
    }

    /** One point of the short-versus-retained chart: a run that shorted. */
    public record ShortPoint(String run, double retainedMilliampHoursPerCm2, double platedAtShortMilliampHoursPerCm2) {
    }

    /**
     * Coulombic efficiency (%) against cycle: each run's line (thin, up to {@value #MAX_RUN_LINES} runs),
     * the median over runs (bold, with markers) and the band from the lowest to the highest run.
     *
     * @param runs each run's table
     * @param across {@link CycleTable#acrossRuns} of {@code runs}
     */
    public static JFreeChart efficiencyVsCycle(List<String> names, List<CycleTable> runs, CycleTable across,
            String title) {
        YIntervalSeries band = new YIntervalSeries("median, min to max over " + runs.size() + " runs");
        String median = CE + " (run median) / 1";
        String min = CE + " (run min) / 1";
        String max = CE + " (run max) / 1";
        for (int k = 0; k < across.rows(); k++) {
            double m = across.value(median, k);
            if (Double.isFinite(m)) {
                band.add(k + 1, 100 * m, 100 * across.value(min, k), 100 * across.value(max, k));
            }
        }
        YIntervalSeriesCollection bandData = new YIntervalSeriesCollection();
        bandData.addSeries(band);
        JFreeChart chart = ChartFactory.createXYLineChart(title, "Cycle", "Coulombic efficiency (%)", bandData,
                PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = chart.getXYPlot();
        DeviationRenderer bandRenderer = new DeviationRenderer(true, true);
        bandRenderer.setSeriesPaint(0, new Color(214, 39, 40));
        bandRenderer.setSeriesFillPaint(0, new Color(214, 39, 40));
        bandRenderer.setAlpha(0.2f);
        bandRenderer.setSeriesStroke(0, new BasicStroke(2.5f));
        bandRenderer.setSeriesShape(0, new Ellipse2D.Double(-4, -4, 8, 8));
        plot.setRenderer(0, bandRenderer);
        if (runs.size() <= MAX_RUN_LINES) {
            XYSeriesCollection lines = new XYSeriesCollection();
            for (int r = 0; r < runs.size(); r++) {
                XYSeries s = new XYSeries(names.get(r), false, true);
                CycleTable t = runs.get(r);
                for (int k = 0; k < t.rows(); k++) {
                    double ce = t.value(CycleTable.COULOMBIC_EFFICIENCY, k);
                    if (Double.isFinite(ce)) {
                        s.add(k + 1, 100 * ce);
                    }
                }
                lines.addSeries(s);
            }
            XYLineAndShapeRenderer thin = new XYLineAndShapeRenderer(true, false);
            for (int r = 0; r < runs.size(); r++) {
                thin.setSeriesPaint(r, new Color(90, 90, 90, 110));
                thin.setSeriesStroke(r, new BasicStroke(1f));
                thin.setSeriesVisibleInLegend(r, r == 0);
            }
            if (!runs.isEmpty()) {
                lines.getSeries(0).setKey("each run");
            }
            plot.setDataset(1, lines);
            plot.setRenderer(1, thin);
        }
        ((NumberAxis) plot.getDomainAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
        return ChartFiles.styled(chart);
    }

    /**
     * Cumulative plated capacity when the cell shorted against the Li retained at the end of the last
     * strip before the short (mAh/cm2), one point per run that shorted; the subtitle says how many did
     * not. Useful when an ensemble varies the retained Li (the paper's Fig. 6 protocols).
     */
    public static JFreeChart shortCapacityVsRetained(List<ShortPoint> points, int runs, String title) {
        XYSeries s = new XYSeries("runs that shorted", false, true);
        for (ShortPoint p : points) {
            s.add(p.retainedMilliampHoursPerCm2(), p.platedAtShortMilliampHoursPerCm2());
        }
        JFreeChart chart = ChartFactory.createXYLineChart(title, "Li retained at the end of the last strip before the"
                + " short (mAh/cm\u00b2)", "Cumulative plated capacity at the short (mAh/cm\u00b2)",
                new XYSeriesCollection(s), PlotOrientation.VERTICAL, false, false, false);
        chart.addSubtitle(new TextTitle(points.size() + " of " + runs + " runs shorted"
                + (points.size() < runs ? "; the others are not drawn (no short within the protocol)" : "")));
        XYLineAndShapeRenderer dots = new XYLineAndShapeRenderer(false, true);
        dots.setSeriesPaint(0, new Color(31, 119, 180));
        dots.setSeriesShape(0, new Ellipse2D.Double(-5, -5, 10, 10));
        XYPlot plot = chart.getXYPlot();
        plot.setRenderer(dots);
        for (NumberAxis axis : new NumberAxis[] {(NumberAxis) plot.getDomainAxis(), (NumberAxis) plot.getRangeAxis()}) {
            // from zero, never below it (capacities), and never narrower than 0.1 mAh/cm2, so one point or
            // equal points (all at zero retained Li) read sensibly
            axis.setRangeType(RangeType.POSITIVE);
            axis.setAutoRangeIncludesZero(true);
            axis.setAutoRangeMinimumSize(0.1);
        }
        return ChartFiles.styled(chart);
    }
}
