package org.anodefree.io.tiff;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.anodefree.fuzz.Mutator;

/**
 * Hand-made little-endian TIFF files for tests: one image directory whose tags are set one by one, so
 * that a test can state exactly the corrupt count or offset it is about. The image data follow the
 * header at byte 8; out-of-line tag values follow the data, the directory comes last.
 */
public final class TiffBytes {
    public static final int SHORT = 3;
    public static final int LONG = 4;
    public static final int ASCII = 2;
    public static final int RATIONAL = 5;
    private final Map<Integer, long[]> inline = new TreeMap<>();
    private final Map<Integer, Object[]> outOfLine = new TreeMap<>();
    private byte[] data = new byte[0];

    /** A one-strip grey image of the given size and bits (8, 16 or 32; 32 with {@code floating} is float). */
    public static TiffBytes grey(int width, int height, int bits, boolean floating, int compression, byte[] strip) {
        TiffBytes t = new TiffBytes();
        t.data = strip;
        t.set(256, LONG, 1, width).set(257, LONG, 1, height).set(258, SHORT, 1, bits).set(259, SHORT, 1, compression)
                .set(262, SHORT, 1, 1).set(273, LONG, 1, 8).set(277, SHORT, 1, 1).set(278, LONG, 1, height)
                .set(279, LONG, 1, strip.length);
        if (floating) {
            t.set(339, SHORT, 1, 3);
        }
        return t;
    }

    /** Sets a tag whose value is stored in place (or whose count and offset are given as they are). */
    public TiffBytes set(int tag, int type, long count, long value) {
        outOfLine.remove(tag);
        inline.put(tag, new long[] {type, count, value});
        return this;
    }

    /** Sets a tag whose values are written after the image data; the offset is filled in. */
    public TiffBytes set(int tag, int type, long count, byte[] values) {
        inline.remove(tag);
        outOfLine.put(tag, new Object[] {type, count, values});
        return this;
    }

    /** Leaves a tag out. */
    public TiffBytes remove(int tag) {
        inline.remove(tag);
        outOfLine.remove(tag);
        return this;
    }

    /** An ASCII tag (NUL-terminated), e.g. the ImageJ description 270. */
    public TiffBytes text(int tag, String text) {
        byte[] b = (text + "\0").getBytes(StandardCharsets.ISO_8859_1);
        return set(tag, ASCII, b.length, b);
    }

    /** The file's bytes. */
    public byte[] build() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {'I', 'I', 42, 0, 0, 0, 0, 0});
        out.writeBytes(data);
        Map<Integer, long[]> entries = new TreeMap<>(inline);
        for (Map.Entry<Integer, Object[]> e : outOfLine.entrySet()) {
            if (out.size() % 2 == 1) {
                out.write(0);
            }
            entries.put(e.getKey(), new long[] {(int) e.getValue()[0], (long) e.getValue()[1], out.size()});
            out.writeBytes((byte[]) e.getValue()[2]);
        }
        if (out.size() % 2 == 1) {
            out.write(0);
        }
        int ifd = out.size();
        ByteBuffer d = ByteBuffer.allocate(2 + 12 * entries.size() + 4).order(ByteOrder.LITTLE_ENDIAN);
        d.putShort((short) entries.size());
        for (Map.Entry<Integer, long[]> e : entries.entrySet()) {
            long[] v = e.getValue();
            d.putShort(e.getKey().shortValue()).putShort((short) v[0]).putInt((int) v[1]);
            if (v[0] == SHORT && v[1] == 1) {
                d.putShort((short) v[2]).putShort((short) 0);
            } else {
                d.putInt((int) v[2]);
            }
        }
        d.putInt(0);
        out.writeBytes(d.array());
        byte[] b = out.toByteArray();
        ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).putInt(4, ifd);
        return b;
    }

    /** Little-endian bytes of floats. */
    public static byte[] floats(float... values) {
        ByteBuffer b = ByteBuffer.allocate(4 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        for (float v : values) {
            b.putFloat(v);
        }
        return b.array();
    }

    /**
     * The header fields of a classic TIFF for the mutator: the first directory's offset, and each
     * directory's entry count and every entry's type, count and value or offset (first 64 directories).
     */
    public static List<Mutator.Field> fields(byte[] tiff) {
        List<Mutator.Field> out = new ArrayList<>();
        if (tiff.length < 8 || tiff[0] != tiff[1] || tiff[0] != 'I' && tiff[0] != 'M') {
            return out;
        }
        ByteOrder order = tiff[0] == 'I' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
        ByteBuffer b = ByteBuffer.wrap(tiff).order(order);
        out.add(new Mutator.Field(4, 4, order));
        long ifd = b.getInt(4) & 0xffffffffL;
        for (int k = 0; k < 64 && ifd > 0 && ifd + 2 <= tiff.length; k++) {
            int n = b.getShort((int) ifd) & 0xffff;
            out.add(new Mutator.Field((int) ifd, 2, order));
            long next = ifd + 2 + 12L * n;
            if (next + 4 > tiff.length) {
                break;
            }
            for (int e = 0; e < n; e++) {
                int at = (int) ifd + 2 + 12 * e;
                out.add(new Mutator.Field(at + 2, 2, order));
                out.add(new Mutator.Field(at + 4, 4, order));
                out.add(new Mutator.Field(at + 8, 4, order));
            }
            out.add(new Mutator.Field((int) next, 4, order));
            ifd = b.getInt((int) next) & 0xffffffffL;
        }
        return out;
    }
}
