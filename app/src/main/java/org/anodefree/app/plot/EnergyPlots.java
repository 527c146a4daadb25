package org.anodefree.app.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import org.anodefree.cell.StackDesign;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Charts of stack energy density. */
public final class EnergyPlots {
    private EnergyPlots() {
    }

    /** Wh/L (discharged state) against cathode utilisation for the anode-free and Li-excess stacks. */
    public static JFreeChart energyVsUtilisation(StackDesign design, double excessMilliampHoursPerCm2) {
        return energyVsUtilisation(design, excessMilliampHoursPerCm2, new double[0][]);
    }

    /** As above, with reported points (utilisation 0-1, Wh/L) marked for comparison. */
    public static JFreeChart energyVsUtilisation(StackDesign design, double excessMilliampHoursPerCm2, double[][] reported) {
        XYSeries af = new XYSeries("anode-free, discharged");
        XYSeries afCharged = new XYSeries("anode-free, charged");
        XYSeries le = new XYSeries("Li-excess (" + excessMilliampHoursPerCm2 + " mAh/cm2 Li), discharged");
        for (int k = 1; k <= 20; k++) {
            double u = k / 20.0;
            af.add(100 * u, design.with(design.cathodeLoadingMilliampHoursPerCm2(), u, 0).energy().dischargedWhPerLiter());
            afCharged.add(100 * u, design.with(design.cathodeLoadingMilliampHoursPerCm2(), u, 0).energy().chargedWhPerLiter());
            le.add(100 * u, design.with(design.cathodeLoadingMilliampHoursPerCm2(), u, excessMilliampHoursPerCm2)
                    .energy().dischargedWhPerLiter());
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(af);
        data.addSeries(afCharged);
        data.addSeries(le);
        XYSeries paper = new XYSeries("reported (paper)");
        for (double[] p : reported) {
            paper.add(100 * p[0], p[1]);
        }
        data.addSeries(paper);
        JFreeChart chart = ChartFactory.createXYLineChart(
                "Stack energy density, " + design.cathodeLoadingMilliampHoursPerCm2() + " mAh/cm2 cathode",
                "Cathode utilisation (%)", "Stack energy density (Wh/L)", data, PlotOrientation.VERTICAL, true, false, false);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        Color[] colours = {new Color(0x21918c), new Color(0x5ec962), new Color(0x440154)};
        for (int i = 0; i < 3; i++) {
            r.setSeriesPaint(i, colours[i]);
            r.setSeriesStroke(i, new BasicStroke(2.5f));
        }
        r.setSeriesLinesVisible(3, false);
        r.setSeriesShapesVisible(3, true);
        r.setSeriesPaint(3, Color.BLACK);
        r.setSeriesShape(3, new java.awt.geom.Ellipse2D.Double(-5, -5, 10, 10));
        chart.getXYPlot().setRenderer(r);
        return ChartFiles.styled(chart);
    }
}
