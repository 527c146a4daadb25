package org.anodefree.app.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import org.anodefree.map.ThicknessMap;

/**
 * Renders a field on the interface grid as a figure: depleted pixels black, values in the
 * perceptually uniform {@link Colormap}, a scale bar in micrometres, a colour bar and a title, in the
 * manner of the source study's Fig. 5e-g. Large maps are shown by block maxima so thin ridges of Li
 * survive downsampling; small ones are magnified without smoothing.
 */
public final class MapImage {
    private static final int PLOT = 640;
    private static final int MARGIN = 20;
    private static final int TITLE = 54;
    private static final int BAR = 110;

    private MapImage() {
    }

    /**
     * Draws the remaining thickness of a map.
     *
     * @param map the map (values in m; 0 means no Li, drawn black)
     * @param maxMeters thickness at the top of the colour scale
     * @param title figure title
     */
    public static BufferedImage thickness(ThicknessMap map, double maxMeters, String title) {
        return render(map.width(), map.height(), map.pixelSizeMeters(), i -> map.isInside(i) ? map.thicknessMeters(i) * 1e6 : Double.NaN,
                maxMeters * 1e6, "Li thickness (um)", title, false);
    }

    /**
     * Draws the Li left after stripping {@code depthMeters} from every pixel, without making a
     * second map (a 4096 x 4096 map is 134 MB).
     */
    public static BufferedImage stripped(ThicknessMap map, double depthMeters, double maxMeters, String title) {
        return render(map.width(), map.height(), map.pixelSizeMeters(),
                i -> map.isInside(i) ? Math.max(map.thicknessMeters(i) - depthMeters, 0) * 1e6 : Double.NaN,
                maxMeters * 1e6, "Li thickness (um)", title, false);
    }

    /** A value at a row-major pixel index (NaN = outside the electrode, 0 or less = depleted). */
    @FunctionalInterface
    public interface PixelValue {
        double at(int index);
    }

    /**
     * Draws any non-negative field: linear colours from 0 to {@code max}, or with {@code logScale}
     * two decades, [max/100, max], for fields such as local current density.
     */
    public static BufferedImage render(int width, int height, double pixelMeters, PixelValue value, double max,
            String unitLabel, String title, boolean logScale) {
        return render(width, height, pixelMeters, value, logScale ? max / 100 : 0, max, unitLabel, title, logScale);
    }

    /**
     * Draws any non-negative field with colours from {@code lo} to {@code max} (linear or log; with
     * a log scale {@code lo} must be positive and below {@code max}).
     */
    public static BufferedImage render(int width, int height, double pixelMeters, PixelValue value, double lo,
            double max, String unitLabel, String title, boolean logScale) {
        int scale = Math.max(1, PLOT / Math.max(width, height));
        int block = Math.max(1, (int) Math.ceil((double) Math.max(width, height) / PLOT));
        int drawW = block > 1 ? (width + block - 1) / block : width * scale;
        int drawH = block > 1 ? (height + block - 1) / block : height * scale;
        BufferedImage img = new BufferedImage(drawW + 2 * MARGIN + BAR, drawH + TITLE + 2 * MARGIN + 30, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        int x0 = MARGIN;
        int y0 = TITLE;
        for (int py = 0; py < drawH; py++) {
            for (int px = 0; px < drawW; px++) {
                double v = Double.NaN;
                if (block > 1) {
                    for (int r = py * block; r < Math.min(height, (py + 1) * block); r++) {
                        for (int c = px * block; c < Math.min(width, (px + 1) * block); c++) {
                            double w = value.at(r * width + c);
                            if (!Double.isNaN(w) && (Double.isNaN(v) || w > v)) {
                                v = w;
                            }
                        }
                    }
                } else {
                    v = value.at((py / scale) * width + px / scale);
                }
                int rgb;
                if (Double.isNaN(v)) {
                    rgb = 0xdddddd;
                } else if (v <= 0) {
                    rgb = 0x000000;
                } else {
                    rgb = Colormap.rgb(fraction(v, lo, max, logScale));
                }
                img.setRGB(x0 + px, y0 + py, rgb);
            }
        }
        g.setColor(Color.DARK_GRAY);
        g.drawRect(x0 - 1, y0 - 1, drawW + 1, drawH + 1);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
        g.setColor(Color.BLACK);
        g.drawString(title, x0, 32);
        double metersPerDrawnPixel = block > 1 ? pixelMeters * block : pixelMeters / scale;
        drawScaleBar(g, x0, y0 + drawH + 26, drawW, metersPerDrawnPixel);
        drawColourBar(g, x0 + drawW + 24, y0, drawH, lo, max, unitLabel, logScale, img.getWidth());
        g.dispose();
        return img;
    }

    private static double fraction(double v, double lo, double hi, boolean log) {
        if (log) {
            return (Math.log10(Math.max(v, lo)) - Math.log10(lo)) / (Math.log10(hi) - Math.log10(lo));
        }
        return v / hi;
    }

    private static void drawScaleBar(Graphics2D g, int x, int y, int drawW, double metersPerPixel) {
        double target = drawW * metersPerPixel * 0.25;
        double exp = Math.pow(10, Math.floor(Math.log10(target)));
        double nice = target / exp >= 5 ? 5 * exp : target / exp >= 2 ? 2 * exp : exp;
        int len = (int) Math.round(nice / metersPerPixel);
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(4));
        g.drawLine(x, y, x + len, y);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        double um = nice * 1e6;
        String label = um >= 1000 ? trim(um / 1000) + " mm" : trim(um) + " um";
        g.drawString(label, x + len + 8, y + 5);
    }

    private static void drawColourBar(Graphics2D g, int x, int y, int h, double lo, double hi, String label, boolean log,
            int imageWidth) {
        for (int k = 0; k < h; k++) {
            g.setColor(new Color(Colormap.rgb(1 - (double) k / (h - 1))));
            g.fillRect(x, y + k, 18, 1);
        }
        g.setColor(Color.DARK_GRAY);
        g.setStroke(new BasicStroke(1));
        g.drawRect(x, y, 18, h);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        FontMetrics fm = g.getFontMetrics();
        for (int k = 0; k <= 4; k++) {
            double t = k / 4.0;
            double v = log ? Math.pow(10, Math.log10(lo) + t * (Math.log10(hi) - Math.log10(lo))) : lo + t * (hi - lo);
            int yy = y + (int) Math.round((1 - t) * (h - 1));
            g.drawLine(x + 18, yy, x + 22, yy);
            g.drawString(trim(v), x + 25, yy + fm.getAscent() / 2 - 1);
        }
        // a long label would run off the image's right edge: end it inside the image instead
        int right = imageWidth - 4;
        g.drawString(label, Math.min(x - 6, right - fm.stringWidth(label)), y + h + 20);
    }

    private static String trim(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e6) {
            return Long.toString((long) v);
        }
        return v >= 10 ? String.format(java.util.Locale.ROOT, "%.0f", v)
                : v >= 1 ? String.format(java.util.Locale.ROOT, "%.1f", v) : String.format(java.util.Locale.ROOT, "%.2g", v);
    }
}
