package org.anodefree.app.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Locale;
import org.anodefree.map.ThicknessMap;

/**
 * Draws a thickness map as the paper's Fig. 3c does: colour for thickness (viridis, thicker is
 * brighter), a colour bar in micrometres and a scale bar in the map's own length unit.
 */
public final class ThicknessMapImage {
    private static final int TARGET = 640;
    private static final int MARGIN = 16;
    private static final int BAR_WIDTH = 22;

    private ThicknessMapImage() {
    }

    /** Renders {@code map} with a title; pixels outside its mask are grey. */
    public static BufferedImage render(ThicknessMap map, String title) {
        double maxUm = map.statistics().maxMeters() * 1e6;
        // Colour bar top: the maximum rounded up to a whole number of ticks.
        double top = maxUm > 0 ? Math.ceil(maxUm / niceFloor(maxUm / 4) - 1e-9) * niceFloor(maxUm / 4) : 1;
        // Integer zoom for small maps, integer subsampling for big ones: pixels stay square and sharp.
        int longest = Math.max(map.width(), map.height());
        int zoom = Math.max(1, TARGET / longest);
        int step = Math.max(1, (longest + TARGET - 1) / TARGET);
        int mw = map.width() * zoom / step;
        int mh = map.height() * zoom / step;
        BufferedImage tile = new BufferedImage(mw, mh, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < mh; y++) {
            int row = Math.min(map.height() - 1, y * step / zoom);
            for (int x = 0; x < mw; x++) {
                int col = Math.min(map.width() - 1, x * step / zoom);
                int i = row * map.width() + col;
                tile.setRGB(x, y, map.isInside(i) ? Viridis.rgb(map.thicknessMeters(i) * 1e6 / top) : 0x808080);
            }
        }
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
        int titleH = 28;
        int width = MARGIN + mw + MARGIN + BAR_WIDTH + 70;
        int height = titleH + mh + 2 * MARGIN;
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLACK);
        g.setFont(font.deriveFont(Font.BOLD, 15f));
        g.drawString(title, MARGIN, 20);
        int ox = MARGIN;
        int oy = titleH + MARGIN / 2;
        g.drawImage(tile, ox, oy, null);
        g.setFont(font);
        drawScaleBar(g, map, ox, oy, mw, mh, (double) zoom / step);
        drawColourBar(g, ox + mw + MARGIN, oy, mh, top);
        g.dispose();
        return img;
    }

    private static void drawScaleBar(Graphics2D g, ThicknessMap map, int ox, int oy, int mw, int mh, double screenPerPixel) {
        double mapWidthUm = map.width() * map.pixelSizeMeters() * 1e6;
        double barUm = niceFloor(mapWidthUm / 4);
        int barPx = (int) Math.round(barUm / (map.pixelSizeMeters() * 1e6) * screenPerPixel);
        if (barPx < 4) {
            return;
        }
        String label = formatLength(barUm);
        FontMetrics fm = g.getFontMetrics();
        int x = ox + 10;
        int y = oy + mh - 12;
        g.setColor(new Color(0, 0, 0, 140));
        g.fillRect(x - 5, y - fm.getAscent() - 10, Math.max(barPx, fm.stringWidth(label)) + 10, fm.getAscent() + 20);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(4));
        g.drawLine(x, y + 2, x + barPx, y + 2);
        g.drawString(label, x, y - 5);
    }

    private static void drawColourBar(Graphics2D g, int x, int y, int h, double topUm) {
        for (int j = 0; j < h; j++) {
            g.setColor(new Color(Viridis.rgb(1.0 - (double) j / Math.max(1, h - 1))));
            g.drawLine(x, y + j, x + BAR_WIDTH, y + j);
        }
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(1));
        g.drawRect(x, y, BAR_WIDTH, h - 1);
        double tick = niceFloor(topUm / 4);
        FontMetrics fm = g.getFontMetrics();
        for (double t = 0; t <= topUm + 1e-9; t += tick) {
            int ty = y + (int) Math.round((1 - t / topUm) * (h - 1));
            g.drawLine(x + BAR_WIDTH, ty, x + BAR_WIDTH + 4, ty);
            g.drawString(format(t), x + BAR_WIDTH + 7, ty + fm.getAscent() / 2 - 1);
        }
        g.drawString("um", x, y - 2);
    }

    /** The largest 1, 2 or 5 x 10^k at or below v. */
    static double niceFloor(double v) {
        double p = Math.pow(10, Math.floor(Math.log10(v)));
        for (double m : new double[] {5, 2, 1}) {
            if (m * p <= v + 1e-12 * v) {
                return m * p;
            }
        }
        return p;
    }

    private static String format(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.2g", v);
    }

    private static String formatLength(double um) {
        return um >= 1000 ? format(um / 1000) + " mm" : format(um) + " um";
    }
}
