package org.anodefree.app.plot;

/**
 * A perceptually uniform colour map close to matplotlib's viridis (van der Walt and Smith, 2015;
 * the map is CC0): nine anchor colours sampled from it, linearly interpolated in RGB.
 */
public final class Viridis {
    private static final int[] ANCHORS = {
        0x440154, 0x472c7a, 0x3b518b, 0x2c718e, 0x21908d, 0x27ad81, 0x5cc863, 0xaadc32, 0xfde725,
    };

    private Viridis() {
    }

    /** The RGB colour (0xRRGGBB) at {@code f} in [0, 1]; values outside are clamped. */
    public static int rgb(double f) {
        double x = Double.isNaN(f) ? 0 : Math.max(0, Math.min(1, f)) * (ANCHORS.length - 1);
        int i = Math.min((int) x, ANCHORS.length - 2);
        double t = x - i;
        int a = ANCHORS[i];
        int b = ANCHORS[i + 1];
        int r = (int) Math.round(((a >> 16) & 0xff) * (1 - t) + ((b >> 16) & 0xff) * t);
        int g = (int) Math.round(((a >> 8) & 0xff) * (1 - t) + ((b >> 8) & 0xff) * t);
        int bl = (int) Math.round((a & 0xff) * (1 - t) + (b & 0xff) * t);
        return (r << 16) | (g << 8) | bl;
    }
}
