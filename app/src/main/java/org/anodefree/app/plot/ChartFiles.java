package org.anodefree.app.plot;

import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.anodefree.io.AtomicFiles;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.svg.SVGGraphics2D;

/** Writes charts and images as PNG and SVG files, atomically, with one house style for every plot. */
public final class ChartFiles {
    public static final int WIDTH = 900;
    public static final int HEIGHT = 600;

    private ChartFiles() {
    }

    /** Writes {@code chart} to {@code base.png} and {@code base.svg}. */
    public static void writePngAndSvg(JFreeChart chart, Path base) {
        writePng(chart, sibling(base, ".png"));
        writeSvg(chart, sibling(base, ".svg"));
    }

    /** Writes {@code chart} as a PNG of the default size. */
    public static void writePng(JFreeChart chart, Path file) {
        AtomicFiles.write(file, out -> ChartUtils.writeChartAsPNG(out, chart, WIDTH, HEIGHT));
    }

    /** Writes {@code chart} as an SVG of the default size. */
    public static void writeSvg(JFreeChart chart, Path file) {
        SVGGraphics2D g = new SVGGraphics2D(WIDTH, HEIGHT);
        // JFreeSVG prefixes its clip and gradient ids with the clock (System.nanoTime) unless told otherwise;
        // a fixed prefix makes the same chart the same bytes. One chart per file, so ids cannot collide.
        g.setDefsKeyPrefix("anodefree");
        chart.draw(g, new java.awt.Rectangle(0, 0, WIDTH, HEIGHT));
        String svg = g.getSVGDocument();
        AtomicFiles.write(file, out -> out.write(svg.getBytes(StandardCharsets.UTF_8)));
    }

    /** Writes a rendered image as PNG. */
    public static void writePng(BufferedImage image, Path file) {
        AtomicFiles.write(file, out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new java.io.IOException("no PNG writer available");
            }
        });
    }

    /** Applies the house style: white background, light grid, readable fonts. */
    public static JFreeChart styled(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        if (chart.getTitle() != null) {
            chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
        }
        if (chart.getPlot() instanceof XYPlot plot) {
            plot.setBackgroundPaint(Color.WHITE);
            plot.setDomainGridlinePaint(new Color(220, 220, 220));
            plot.setRangeGridlinePaint(new Color(220, 220, 220));
            Font label = new Font(Font.SANS_SERIF, Font.PLAIN, 15);
            Font ticks = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
            for (int i = 0; i < plot.getDomainAxisCount(); i++) {
                plot.getDomainAxis(i).setLabelFont(label);
                plot.getDomainAxis(i).setTickLabelFont(ticks);
            }
            for (int i = 0; i < plot.getRangeAxisCount(); i++) {
                plot.getRangeAxis(i).setLabelFont(label);
                plot.getRangeAxis(i).setTickLabelFont(ticks);
            }
        }
        return chart;
    }

    private static Path sibling(Path base, String extension) {
        return base.resolveSibling(base.getFileName() + extension);
    }
}
