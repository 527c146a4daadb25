package org.anodefree.spark;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.util.List;
import org.anodefree.app.plot.ChartFiles;
import org.anodefree.app.plot.Colormap;
import org.anodefree.statistics.KaplanMeier;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** The sweep's charts: Kaplan-Meier survival of cycles to short (with its 95% band) and a heat map of the median. */
public final class SweepCharts {
    /** Coverage of the survival band. */
    public static final double BAND = 0.95;
    private static final Color[] COLORS = {new Color(31, 119, 180), new Color(255, 127, 14), new Color(44, 160, 44),
        new Color(214, 39, 40), new Color(148, 103, 189), new Color(140, 86, 75), new Color(227, 119, 194),
        new Color(127, 127, 127), new Color(188, 189, 34), new Color(23, 190, 207)};

    private SweepCharts() {
    }

    /** One group's survival curve with its band; {@code end} is the last cycle any run reached. */
    public static JFreeChart survival(String title, KaplanMeier km, double end) {
        return survival(title, List.of(title), List.of(km), end, true);
    }

    /** Survival curves of several groups on one chart (bands only when {@code bands}). */
    public static JFreeChart survival(String title, List<String> labels, List<KaplanMeier> curves, double end,
            boolean bands) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYStepRenderer r = new XYStepRenderer();
        int s = 0;
        for (int g = 0; g < curves.size(); g++) {
            KaplanMeier km = curves.get(g);
            Color c = COLORS[g % COLORS.length];
            XYSeries curve = new XYSeries(labels.get(g), false, true);
            XYSeries low = new XYSeries(labels.get(g) + " " + Math.round(100 * BAND) + "% band", false, true);
            XYSeries high = new XYSeries(labels.get(g) + " upper", false, true);
            curve.add(0, 1);
            low.add(0, 1);
            high.add(0, 1);
            for (double t : km.eventTimes()) {
                curve.add(t, km.survival(t));
                double[] b = km.band(t, BAND);
                low.add(t, b[0]);
                high.add(t, b[1]);
            }
            curve.add(end, km.survival(end));
            double[] b = km.band(end, BAND);
            low.add(end, b[0]);
            high.add(end, b[1]);
            data.addSeries(curve);
            r.setSeriesPaint(s, c);
            r.setSeriesStroke(s++, new BasicStroke(2.5f));
            if (bands) {
                data.addSeries(low);
                data.addSeries(high);
                for (int k = 0; k < 2; k++) {
                    r.setSeriesPaint(s, c);
                    r.setSeriesStroke(s, new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
                            new float[] {5, 4}, 0));
                    r.setSeriesVisibleInLegend(s++, k == 0);
                }
            }
        }
        NumberAxis x = new NumberAxis("cycles");
        x.setRange(0, Math.max(1, end));
        NumberAxis y = new NumberAxis("fraction of cells not shorted");
        y.setRange(0, 1.05);
        XYPlot plot = new XYPlot(data, x, y, r);
        return ChartFiles.styled(new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true));
    }

    /**
     * A heat map of {@code values[i][j]} (NaN drawn grey: the median was not reached) over two axes.
     *
     * @param xValues labels of the first axis (index i)
     * @param yValues labels of the second axis (index j)
     */
    public static JFreeChart heatMap(String title, String xName, List<String> xValues, String yName,
            List<String> yValues, double[][] values, String valueName) {
        int n = xValues.size() * yValues.size();
        double[][] xyz = new double[3][n];
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        int k = 0;
        for (int i = 0; i < xValues.size(); i++) {
            for (int j = 0; j < yValues.size(); j++) {
                xyz[0][k] = i;
                xyz[1][k] = j;
                xyz[2][k++] = values[i][j];
                if (Double.isFinite(values[i][j])) {
                    lo = Math.min(lo, values[i][j]);
                    hi = Math.max(hi, values[i][j]);
                }
            }
        }
        if (!(hi > lo)) {
            lo = Double.isFinite(lo) ? lo - 1 : 0;
            hi = lo + 2;
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries(valueName, xyz);
        XYBlockRenderer r = new XYBlockRenderer();
        Scale scale = new Scale(lo, hi);
        r.setPaintScale(scale);
        XYPlot plot = new XYPlot(data, new SymbolAxis(xName, xValues.toArray(String[]::new)),
                new SymbolAxis(yName, yValues.toArray(String[]::new)), r);
        JFreeChart chart = ChartFiles.styled(new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, false));
        PaintScaleLegend legend = new PaintScaleLegend(scale, new NumberAxis(valueName + " (grey: not reached)"));
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setMargin(4, 4, 40, 4);
        chart.addSubtitle(legend);
        return chart;
    }

    /** The project's colour map over [lower, upper]; grey for NaN. */
    private record Scale(double lower, double upper) implements PaintScale {
        @Override
        public double getLowerBound() {
            return lower;
        }

        @Override
        public double getUpperBound() {
            return upper;
        }

        @Override
        public Paint getPaint(double value) {
            if (!Double.isFinite(value)) {
                return Color.LIGHT_GRAY;
            }
            return new Color(Colormap.rgb(Math.max(0, Math.min(1, (value - lower) / (upper - lower)))));
        }
    }
}
