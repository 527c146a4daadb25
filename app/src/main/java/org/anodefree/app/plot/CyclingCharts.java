package org.anodefree.app.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import org.anodefree.cycling.CycleResult;
import org.anodefree.cycling.CycleSummary;
import org.anodefree.cycling.CyclingEvent;
import org.anodefree.cycling.CyclingRecord;
import org.anodefree.cycling.SegmentStatistics;
import org.anodefree.cycling.StepSegment;
import org.anodefree.units.LithiumMetal;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Charts of cycling data: voltage vs capacity per cycle, Coulombic efficiency vs cycle, voltage vs time with events. */
public final class CyclingCharts {
    /** Points drawn per chart at most; longer records are thinned evenly (the files keep every row). */
    static final int MAX_POINTS = 20_000;
    /** Cycles drawn in the voltage-capacity chart at most; more are sampled evenly. */
    static final int MAX_CYCLES = 40;

    private CyclingCharts() {
    }

    /** Voltage against capacity passed in each half-cycle (mAh/cm2), one colour per cycle (blue first, red last). */
    public static JFreeChart voltageVsCapacity(CyclingRecord r, CycleSummary s, String title) {
        XYSeriesCollection data = new XYSeriesCollection();
        double[] t = r.timeSeconds();
        double[] v = r.voltageVolts();
        double[] i = r.currentAmps();
        double perArea = 1.0 / (s.electrodeAreaM2() * LithiumMetal.COULOMBS_PER_M2_PER_MAH_PER_CM2);
        List<CycleResult> cycles = s.cycles();
        int every = Math.max(1, (cycles.size() + MAX_CYCLES - 1) / MAX_CYCLES);
        int stride = Math.max(1, r.rows() / MAX_POINTS);
        List<Color> colours = new java.util.ArrayList<>();
        for (int k = 0; k < cycles.size(); k += every) {
            CycleResult c = cycles.get(k);
            Color colour = colour(k, cycles.size());
            for (StepSegment seg : s.segments()) {
                if (seg.firstRow() < c.firstRow() || seg.endRow() > c.endRow()
                        || seg.direction() == StepSegment.Direction.REST) {
                    continue;
                }
                XYSeries series = new XYSeries("cycle " + c.cycle() + " " + seg.direction().name().toLowerCase()
                        + " " + seg.index(), false, true);
                double q = 0;
                for (int row = seg.firstRow(); row < seg.endRow(); row++) {
                    q += SegmentStatistics.chargeCoulombs(t, i, row, row + 1);
                    if ((row - seg.firstRow()) % stride == 0 || row == seg.endRow() - 1) {
                        series.add(q * perArea, v[row]);
                    }
                }
                data.addSeries(series);
                colours.add(colour);
            }
        }
        JFreeChart chart = ChartFactory.createXYLineChart(title + " (cycle 1 blue \u2192 " + cycles.size() + " red)",
                "Capacity in the half-cycle (mAh/cm\u00b2)", "Voltage (V)", data, PlotOrientation.VERTICAL, false,
                false, false);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        for (int k = 0; k < colours.size(); k++) {
            renderer.setSeriesPaint(k, colours.get(k));
            renderer.setSeriesStroke(k, new BasicStroke(1.5f));
        }
        chart.getXYPlot().setRenderer(renderer);
        return ChartFiles.styled(chart);
    }

    /** Coulombic efficiency against cycle number. */
    public static JFreeChart efficiencyVsCycle(CycleSummary s, String title) {
        XYSeries series = new XYSeries("CE");
        for (CycleResult c : s.cycles()) {
            if (Double.isFinite(c.coulombicEfficiency())) {
                series.add(c.cycle(), 100 * c.coulombicEfficiency());
            }
        }
        JFreeChart chart = ChartFactory.createXYLineChart(title, "Cycle", "Coulombic efficiency (%)",
                new XYSeriesCollection(series), PlotOrientation.VERTICAL, false, false, false);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        renderer.setSeriesPaint(0, new Color(31, 119, 180));
        chart.getXYPlot().setRenderer(renderer);
        return ChartFiles.styled(chart);
    }

    /** Voltage against time (h) with the events found marked: short-circuit evidence in red, nucleation in grey. */
    public static JFreeChart voltageVsTime(CyclingRecord r, CycleSummary s, String title) {
        XYSeries series = new XYSeries("voltage", false, true);
        double[] t = r.timeSeconds();
        double[] v = r.voltageVolts();
        int stride = Math.max(1, r.rows() / MAX_POINTS);
        for (int row = 0; row < r.rows(); row += stride) {
            series.add(t[row] / 3600, v[row]);
        }
        JFreeChart chart = ChartFactory.createXYLineChart(title, "Time (h)", "Voltage (V)",
                new XYSeriesCollection(series), PlotOrientation.VERTICAL, false, false, false);
        XYPlot plot = chart.getXYPlot();
        plot.getRenderer().setSeriesPaint(0, new Color(31, 119, 180));
        int nucleation = 0;
        for (CyclingEvent e : s.events()) {
            boolean isNucleation = e.kind() == CyclingEvent.Kind.NUCLEATION;
            if (isNucleation && nucleation++ >= MAX_CYCLES) {
                continue;
            }
            ValueMarker m = new ValueMarker(e.timeSeconds() / 3600, isNucleation ? new Color(150, 150, 150, 120)
                    : new Color(214, 39, 40), new BasicStroke(isNucleation ? 1f : 2f));
            if (!isNucleation) {
                m.setLabel(e.kind().name().toLowerCase().replace('_', ' '));
                m.setLabelAnchor(RectangleAnchor.TOP_LEFT);
                m.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
            }
            plot.addDomainMarker(m);
        }
        return ChartFiles.styled(chart);
    }

    /** Blue to red through purple, by position of a cycle among {@code n}. */
    static Color colour(int k, int n) {
        float f = n <= 1 ? 0f : (float) k / (n - 1);
        return new Color(Math.round(30 + 200 * f), 60, Math.round(220 - 190 * f));
    }
}
