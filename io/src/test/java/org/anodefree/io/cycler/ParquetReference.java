package org.anodefree.io.cycler;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;

/**
 * A Parquet reference table (fastnda's stored BTSDA exports) read into columns: numbers as doubles, strings as
 * text. Parquet-floor reads the file without Hadoop; its Hadoop codec shim cannot decompress, so Brotli (the
 * Google decoder) and zstd (aircompressor) pages are decompressed here.
 */
final class ParquetReference {
    final int rows;
    final Map<String, double[]> numbers = new LinkedHashMap<>();
    final Map<String, String[]> texts = new LinkedHashMap<>();

    private ParquetReference(int rows) {
        this.rows = rows;
    }

    static ParquetReference read(Path file) throws IOException {
        ParquetReadOptions options = ParquetReadOptions.builder().withCodecFactory(new Codecs()).build();
        try (ParquetFileReader reader = new ParquetFileReader(blue.strategic.parquet.ParquetReader.makeInputFile(
                file.toFile()), options)) {
            MessageType schema = reader.getFooter().getFileMetaData().getSchema();
            List<Group> groups = new ArrayList<>();
            PageReadStore pages;
            while ((pages = reader.readNextRowGroup()) != null) {
                RecordReader<Group> records = new ColumnIOFactory().getColumnIO(schema).getRecordReader(pages,
                        new GroupRecordConverter(schema));
                for (long r = 0; r < pages.getRowCount(); r++) {
                    groups.add(records.read());
                }
            }
            ParquetReference ref = new ParquetReference(groups.size());
            for (int c = 0; c < schema.getFieldCount(); c++) {
                Type field = schema.getType(c);
                String name = field.getName();
                PrimitiveType.PrimitiveTypeName type = field.asPrimitiveType().getPrimitiveTypeName();
                if (type == PrimitiveType.PrimitiveTypeName.BINARY) {
                    String[] v = new String[ref.rows];
                    for (int r = 0; r < ref.rows; r++) {
                        Group g = groups.get(r);
                        v[r] = g.getFieldRepetitionCount(c) == 0 ? null : g.getString(c, 0);
                    }
                    ref.texts.put(name, v);
                    continue;
                }
                double[] v = new double[ref.rows];
                for (int r = 0; r < ref.rows; r++) {
                    Group g = groups.get(r);
                    v[r] = g.getFieldRepetitionCount(c) == 0 ? Double.NaN : switch (type) {
                        case INT32 -> g.getInteger(c, 0);
                        case INT64 -> g.getLong(c, 0);
                        case FLOAT -> g.getFloat(c, 0);
                        case DOUBLE -> g.getDouble(c, 0);
                        default -> throw new IOException(file + ": column " + name + " of type " + type);
                    };
                }
                ref.numbers.put(name, v);
            }
            return ref;
        }
    }

    double[] column(String name) {
        double[] v = numbers.get(name);
        if (v == null) {
            throw new AssertionError("reference has no column '" + name + "'; it has " + numbers.keySet());
        }
        return v;
    }

    private static final class Codecs implements CompressionCodecFactory {
        @Override
        public BytesInputCompressor getCompressor(CompressionCodecName codec) {
            throw new UnsupportedOperationException("read only");
        }

        @Override
        public BytesInputDecompressor getDecompressor(CompressionCodecName codec) {
            return new BytesInputDecompressor() {
                @Override
                public BytesInput decompress(BytesInput bytes, int size) throws IOException {
                    byte[] in = bytes.toByteArray();
                    byte[] out = new byte[size];
                    switch (codec) {
                        case UNCOMPRESSED -> {
                            return BytesInput.from(in);
                        }
                        case ZSTD -> new io.airlift.compress.zstd.ZstdDecompressor().decompress(in, 0, in.length, out, 0,
                                size);
                        case BROTLI -> {
                            try (InputStream s = new org.brotli.dec.BrotliInputStream(new ByteArrayInputStream(in))) {
                                if (s.readNBytes(out, 0, size) != size) {
                                    throw new IOException("Brotli page shorter than " + size + " bytes");
                                }
                            }
                        }
                        default -> throw new IOException("codec " + codec + " not supported by this test reader");
                    }
                    return BytesInput.from(out);
                }

                @Override
                public void decompress(ByteBuffer input, int inputSize, ByteBuffer output, int outputSize) {
                    throw new UnsupportedOperationException("byte-array pages only");
                }

                @Override
                public void release() {
                }
            };
        }

        @Override
        public void release() {
        }
    }
}
