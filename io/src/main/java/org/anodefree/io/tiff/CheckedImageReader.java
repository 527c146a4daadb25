package org.anodefree.io.tiff;

import ij.io.FileInfo;
import ij.io.ImageReader;
import java.io.ByteArrayOutputStream;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * ImageJ's {@link ImageReader} with strip decoders that fail instead of returning short output. The
 * stock ones log a corrupt Deflate stream and return what they had (the rest of the image stays zero,
 * read as "no Li"), loop forever on a truncated one, and run off their arrays on corrupt LZW or PackBits
 * data; here each strip either decodes or throws {@link CorruptStrip}, Deflate output stops at the
 * image's size (a compressed bomb cannot fill the heap), and {@link #decodedBytes} lets the caller check
 * that the strips held the whole image.
 */
final class CheckedImageReader extends ImageReader {
    /** A strip that does not decode. */
    static final class CorruptStrip extends RuntimeException {
        private static final long serialVersionUID = 1L;

        CorruptStrip(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final long imageBytes;
    private long decodedBytes;
    private int strip;

    CheckedImageReader(FileInfo fi) {
        super(fi);
        this.imageBytes = (long) fi.width * fi.height * fi.getBytesPerPixel();
    }

    /** Bytes the strips decoded to, summed. */
    long decodedBytes() {
        return decodedBytes;
    }

    @Override
    public byte[] zipUncompress(byte[] input) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(input);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[1 << 14];
            while (!inflater.finished() && out.size() < imageBytes) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new CorruptStrip("Deflate data of strip " + strip + " end before the stream does", null);
                }
                out.write(buffer, 0, n);
            }
            return counted(out.toByteArray());
        } catch (DataFormatException e) {
            throw new CorruptStrip("Deflate data of strip " + strip + " are corrupt (" + e.getMessage() + ")", e);
        } finally {
            inflater.end();
        }
    }

    @Override
    public byte[] lzwUncompress(byte[] input) {
        try {
            return counted(super.lzwUncompress(input));
        } catch (RuntimeException e) {
            throw new CorruptStrip("LZW data of strip " + strip + " are corrupt (" + e + ")", e);
        }
    }

    @Override
    public byte[] packBitsUncompress(byte[] input, int expected) {
        try {
            return counted(super.packBitsUncompress(input, expected));
        } catch (RuntimeException e) {
            throw new CorruptStrip("PackBits data of strip " + strip + " are corrupt (" + e + ")", e);
        }
    }

    private byte[] counted(byte[] out) {
        strip++;
        decodedBytes += out == null ? 0 : out.length;
        return out;
    }
}
