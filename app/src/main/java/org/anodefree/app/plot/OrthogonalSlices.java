package org.anodefree.app.plot;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import org.anodefree.tomo.SliceObserver;

/**
 * Three orthogonal cuts through a volume, gathered while it streams past (an xy slice, the xz cut
 * at the middle row, the yz cut at the middle column), drawn in grey with the segmented Li
 * outlined: measured Li in orange, removed Li (specks, detached pieces) in cyan.
 *
 * <p>The xy slice shown is the one holding the most measured Li. Memory: two slices plus the two
 * cuts (width x depth and height x depth).
 */
public final class OrthogonalSlices implements SliceObserver {
    private static final int KEPT_RGB = 0xff8c00;
    private static final int REMOVED_RGB = 0x00d0ff;
    private final int width;
    private final int height;
    private final int depth;
    private final float[] xyValues;
    private final byte[] xyLi;
    private final float[] xzValues;
    private final byte[] xzLi;
    private final float[] yzValues;
    private final byte[] yzLi;
    private long bestLi = -1;
    private int bestZ;

    public OrthogonalSlices(int width, int height, int depth) {
        this.width = width;
        this.height = height;
        this.depth = depth;
        xyValues = new float[width * height];
        xyLi = new byte[width * height];
        xzValues = new float[Math.multiplyExact(width, depth)];
        xzLi = new byte[width * depth];
        yzValues = new float[Math.multiplyExact(height, depth)];
        yzLi = new byte[height * depth];
    }

    @Override
    public void slice(int z, float[] values, byte[] li) {
        int midRow = height / 2;
        System.arraycopy(values, midRow * width, xzValues, z * width, width);
        System.arraycopy(li, midRow * width, xzLi, z * width, width);
        int midCol = width / 2;
        long kept = 0;
        for (int y = 0; y < height; y++) {
            yzValues[z * height + y] = values[y * width + midCol];
            yzLi[z * height + y] = li[y * width + midCol];
        }
        for (byte b : li) {
            kept += b == KEPT ? 1 : 0;
        }
        if (kept > bestLi) {
            bestLi = kept;
            bestZ = z;
            System.arraycopy(values, 0, xyValues, 0, values.length);
            System.arraycopy(li, 0, xyLi, 0, li.length);
        }
    }

    /**
     * The three cuts side by side with titles; long cuts are subsampled to keep the image under
     * ~2000 px, small ones magnified (nearest neighbour, so voxels stay visible) to about 1200 px.
     */
    public BufferedImage render(String title) {
        float[] range = greyRange();
        int step = Math.max(1, (width + height + depth + depth) / 1800 + 1);
        int zoom = step > 1 ? 1 : Math.max(1, Math.min(8, 1200 / (2 * width + height)));
        BufferedImage xy = magnified(panel(xyValues, xyLi, width, height, range, step), zoom);
        BufferedImage xz = magnified(panel(xzValues, xzLi, width, depth, range, step), zoom);
        BufferedImage yz = magnified(panel(yzValues, yzLi, height, depth, range, step), zoom);
        int gap = 16;
        int top = 44;
        int w = gap + xy.getWidth() + gap + xz.getWidth() + gap + yz.getWidth() + gap;
        int h = top + Math.max(xy.getHeight(), Math.max(xz.getHeight(), yz.getHeight())) + gap + 22;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        g.drawString(title, gap, 18);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        int x = gap;
        g.drawString("xy, z = " + bestZ, x, top - 6);
        g.drawImage(xy, x, top, null);
        frame(g, x, top, xy);
        x += xy.getWidth() + gap;
        g.drawString("xz, y = " + height / 2 + " (z down)", x, top - 6);
        g.drawImage(xz, x, top, null);
        frame(g, x, top, xz);
        x += xz.getWidth() + gap;
        g.drawString("yz, x = " + width / 2 + " (z down)", x, top - 6);
        g.drawImage(yz, x, top, null);
        frame(g, x, top, yz);
        int legendY = h - 10;
        g.setColor(new Color(KEPT_RGB));
        g.fillRect(gap, legendY - 10, 12, 12);
        g.setColor(Color.BLACK);
        g.drawString("Li measured", gap + 16, legendY);
        g.setColor(new Color(REMOVED_RGB));
        g.fillRect(gap + 120, legendY - 10, 12, 12);
        g.setColor(Color.BLACK);
        g.drawString("Li removed (specks, detached)", gap + 136, legendY);
        g.dispose();
        return img;
    }

    /** A thin frame, so that white voxels (a bright collector) do not melt into the page. */
    private static void frame(Graphics2D g, int x, int y, BufferedImage panel) {
        g.setColor(Color.GRAY);
        g.drawRect(x - 1, y - 1, panel.getWidth() + 1, panel.getHeight() + 1);
        g.setColor(Color.BLACK);
    }

    private static BufferedImage magnified(BufferedImage panel, int zoom) {
        if (zoom == 1) {
            return panel;
        }
        BufferedImage big = new BufferedImage(panel.getWidth() * zoom, panel.getHeight() * zoom, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = big.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
        g.drawImage(panel, 0, 0, big.getWidth(), big.getHeight(), null);
        g.dispose();
        return big;
    }

    /** The 0.5th and 99.5th percentiles of the three cuts' values, for the grey scale. */
    private float[] greyRange() {
        float[] sorted = new float[xyValues.length + xzValues.length + yzValues.length];
        System.arraycopy(xyValues, 0, sorted, 0, xyValues.length);
        System.arraycopy(xzValues, 0, sorted, xyValues.length, xzValues.length);
        System.arraycopy(yzValues, 0, sorted, xyValues.length + xzValues.length, yzValues.length);
        Arrays.sort(sorted);
        float lo = sorted[(int) (0.005 * (sorted.length - 1))];
        float hi = sorted[(int) (0.995 * (sorted.length - 1))];
        return new float[] {lo, hi > lo ? hi : lo + 1};
    }

    private static BufferedImage panel(float[] values, byte[] li, int w, int h, float[] range, int step) {
        int pw = Math.max(1, w / step);
        int ph = Math.max(1, h / step);
        BufferedImage img = new BufferedImage(pw, ph, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < ph; y++) {
            for (int x = 0; x < pw; x++) {
                int i = (y * step) * w + x * step;
                byte c = li[i];
                int rgb;
                if (c != 0 && isEdge(li, w, h, x * step, y * step, c)) {
                    rgb = c == KEPT ? KEPT_RGB : REMOVED_RGB;
                } else {
                    int grey = (int) Math.max(0, Math.min(255, 255 * (values[i] - range[0]) / (range[1] - range[0])));
                    rgb = grey * 0x010101;
                }
                img.setRGB(x, y, rgb);
            }
        }
        return img;
    }

    /** Whether a Li voxel borders a voxel of another class (or the panel's edge). */
    private static boolean isEdge(byte[] li, int w, int h, int x, int y, byte c) {
        return x == 0 || y == 0 || x == w - 1 || y == h - 1 || li[y * w + x - 1] != c || li[y * w + x + 1] != c
                || li[(y - 1) * w + x] != c || li[(y + 1) * w + x] != c;
    }
}
