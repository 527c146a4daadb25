package org.anodefree.io.tiff;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;
import org.anodefree.InputException;

/**
 * Checks a classic TIFF file's header and image file directories against the file's length before
 * ImageJ's {@code TiffDecoder} reads them: every directory and every tag's values must lie inside the
 * file, and the directory chain must end. ImageJ allocates arrays of whatever length a tag claims and
 * then reads them one call per value (a 700-byte file claiming 2^31 strip offsets made it allocate
 * 8 GB, or spend 40 s reading past the end), so these counts are checked here against the bytes that
 * back them. Layout from the TIFF 6.0 specification (Adobe, 1992), sections 2 (header, directories,
 * field types) and 7 (strips); the ImageJ metadata block (tags 50838/50839) as ImageJ's
 * {@code TiffEncoder} writes it. Hand-written because no library checks a file before ImageJ trusts it.
 */
final class TiffStructure {
    /** ImageJ reads at most this many entries per directory (and so does every sane writer). */
    static final int MAX_ENTRIES = 1000;
    static final int COMPRESSION = 259;
    static final int STRIP_OFFSETS = 273;
    static final int STRIP_BYTE_COUNTS = 279;
    static final int PREDICTOR = 317;
    static final int COLOR_MAP = 320;
    static final int META_DATA_BYTE_COUNTS = 50838;
    static final int META_DATA = 50839;
    private static final int SHORT = 3;
    private static final int IMAGEJ_MAGIC = 0x494a494a; // "IJIJ"
    /** Bytes per value of the TIFF 6.0 field types 1-12 (index = type); unknown types count as one byte. */
    private static final int[] TYPE_BYTES = {1, 1, 1, 2, 4, 8, 1, 1, 2, 4, 8, 4, 8};

    private final Path file;
    private final FileChannel channel;
    private final long length;
    private ByteOrder order;
    /** Where ImageJ last read tag 50838's values, and how many: like ImageJ, kept from one directory to the next. */
    private long metaCountsAt = -1;
    private int metaCounts;

    private TiffStructure(Path file, FileChannel channel) throws IOException {
        this.file = file;
        this.channel = channel;
        this.length = channel.size();
    }

    /** Throws an {@link InputException} naming the byte and the field when the file's structure is not sound. */
    static void check(Path file) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            new TiffStructure(file, ch).walk();
        } catch (IOException e) {
            throw new InputException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
    }

    private void walk() throws IOException {
        if (length < 8) {
            throw error(0, "the file has " + length + " bytes; a TIFF starts with an 8-byte header");
        }
        ByteBuffer head = read(0, 8);
        int mark = head.getShort(0) & 0xffff;
        if (mark != 0x4949 && mark != 0x4d4d) {
            throw error(0, "not a TIFF file (it starts with neither II nor MM)");
        }
        order = mark == 0x4949 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
        head.order(order);
        int magic = head.getShort(2) & 0xffff;
        if (magic == 43) {
            throw error(2, "a BigTIFF file; save the image as a classic TIFF (under 4 GB per file)");
        }
        if (magic != 42) {
            throw error(2, "not a TIFF file (version " + magic + ", expected 42)");
        }
        Set<Long> seen = new HashSet<>();
        long pointer = 4;
        long ifd = head.getInt(4) & 0xffffffffL;
        if (ifd == 0) {
            throw error(4, "the file holds no image directory");
        }
        for (int index = 0; ifd != 0; index++) {
            if (ifd < 8 || ifd + 2 > length) {
                throw error(pointer, "image directory " + index + " is said to start at byte " + ifd
                        + ", outside the file's " + length + " bytes (truncated or corrupt)");
            }
            if (!seen.add(ifd)) {
                throw error(pointer, "image directory " + index + " points back to byte " + ifd
                        + ", an earlier directory: the chain of directories never ends");
            }
            pointer = directory(ifd, index);
            ifd = read(pointer, 4).getInt(0) & 0xffffffffL;
        }
    }

    /** Checks one directory; returns the position of its pointer to the next. */
    private long directory(long ifd, int index) throws IOException {
        int n = read(ifd, 2).getShort(0) & 0xffff;
        if (n < 1 || n > MAX_ENTRIES) {
            throw error(ifd, "image directory " + index + " has " + n + " entries; a directory has 1 to " + MAX_ENTRIES);
        }
        long end = ifd + 2 + 12L * n + 4;
        if (end > length) {
            throw error(ifd, "image directory " + index + " of " + n + " entries runs to byte " + end
                    + " but the file has " + length + " bytes (truncated)");
        }
        ByteBuffer d = read(ifd + 2, 12 * n);
        long metaAt = -1;
        for (int k = 0; k < n; k++) {
            int at = 12 * k;
            int tag = d.getShort(at) & 0xffff;
            int type = d.getShort(at + 2) & 0xffff;
            long count = d.getInt(at + 4) & 0xffffffffL;
            long value = d.getInt(at + 8) & 0xffffffffL;
            long bytes = count * bytesPerValue(tag, type, count);
            if (bytes > 4 && value + bytes > length) {
                throw error(ifd + 2 + at, "tag " + tag + " of image directory " + index + " claims " + count
                        + " values (" + bytes + " bytes) at byte " + value + ", past the end of the file's " + length
                        + " bytes");
            }
            if (tag == COMPRESSION || tag == PREDICTOR) {
                supported(tag, type == SHORT && count == 1 ? d.getShort(at + 8) & 0xffff : (int) value, ifd + 2 + at,
                        index);
            } else if (tag == META_DATA_BYTE_COUNTS) {
                // ImageJ reads these at the offset even when a single value would be stored in place.
                metaCountsAt = value;
                metaCounts = (int) count;
            } else if (tag == META_DATA) {
                metaAt = value;
            }
        }
        if (metaCountsAt >= 0 && metaCounts > 0 && metaAt >= 0) {
            imageJMetadata(metaCountsAt, metaCounts, metaAt, index);
        }
        return end - 4;
    }

    /**
     * Compressions other than these ImageJ either rejects or, for some, reads as if uncompressed (JPEG
     * thumbnails); the floating-point predictor it only reports on standard output.
     */
    private void supported(int tag, int code, long at, int index) {
        if (tag == COMPRESSION && !(code <= 1 || code == 5 || code == 8 || code == 32946 || code == 32773)) {
            throw error(at, "image directory " + index + " uses compression " + code
                    + "; uncompressed, LZW, Deflate and PackBits TIFFs can be read");
        }
        if (tag == PREDICTOR && code != 1 && code != 2) {
            throw error(at, "image directory " + index + " uses predictor " + code
                    + "; only none (1) and horizontal differencing (2) can be read");
        }
    }

    /** How many bytes ImageJ reads for each value of a tag: more than the type says for strips and metadata. */
    private static long bytesPerValue(int tag, int type, long count) {
        if (tag == STRIP_OFFSETS || tag == META_DATA_BYTE_COUNTS) {
            return 4;
        }
        if (tag == STRIP_BYTE_COUNTS) {
            return type == SHORT ? 2 : 4;
        }
        if (tag == COLOR_MAP && count == 768) {
            return 2;
        }
        return type < TYPE_BYTES.length ? TYPE_BYTES[type] : 1;
    }

    /**
     * ImageJ's metadata block: a header ("IJIJ", then a type and a count per kind of entry) and the
     * entries, whose byte lengths are the values of tag 50838. ImageJ allocates from every one of these
     * numbers, so each must be backed by the file and the counts must add up.
     */
    private void imageJMetadata(long countsAt, int n, long at, int index) throws IOException {
        if (countsAt + 4L * n > length) {
            return; // ImageJ then reads -1 as the header length and ignores the block
        }
        ByteBuffer c = read(countsAt, 4 * n);
        int header = c.getInt(0);
        if (header < 12 || header > 804 || at + header > length || read(at, 4).getInt(0) != IMAGEJ_MAGIC) {
            return; // ImageJ ignores the block then
        }
        long total = 0;
        for (int k = 0; k < n; k++) {
            int len = c.getInt(4 * k);
            if (len < 0) {
                throw error(countsAt + 4L * k, "ImageJ metadata entry " + k + " of image directory " + index
                        + " has a negative length " + len);
            }
            total += len;
        }
        if (at + total > length) {
            throw error(at, "ImageJ metadata of image directory " + index + " needs " + total + " bytes from byte " + at
                    + ", past the end of the file's " + length + " bytes");
        }
        int kinds = (header - 4) / 8;
        ByteBuffer types = read(at + 4, 8 * kinds);
        long entries = 0;
        for (int k = 0; k < kinds; k++) {
            long count = types.getInt(8 * k + 4);
            if (count < 0 || count > n - 1 - entries) {
                throw error(at + 4 + 8L * k + 4, "ImageJ metadata of image directory " + index + " claims " + count
                        + " entries of one kind; tag 50838 lists " + (n - 1 - entries) + " more");
            }
            entries += count;
        }
    }

    private ByteBuffer read(long position, int bytes) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(bytes);
        long pos = position;
        while (b.hasRemaining()) {
            int got = channel.read(b, pos);
            if (got < 0) {
                throw error(pos, "the file ends early (it has " + length + " bytes)");
            }
            pos += got;
        }
        b.flip();
        return order == null ? b : b.order(order);
    }

    private InputException error(long offset, String message) {
        return InputException.atByte(file.toString(), offset, message);
    }
}
