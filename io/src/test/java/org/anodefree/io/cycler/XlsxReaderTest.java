package org.anodefree.io.cycler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.anodefree.InputException;
import org.anodefree.SharedData;
import org.anodefree.cycling.BdfColumns;
import org.anodefree.cycling.CyclingColumn;
import org.anodefree.cycling.CyclingRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxReaderTest {

    /** BTSDA's full workbook (BatteryABN): the record sheet, as MANIFEST-2.md describes it. */
    @Test
    void newareWorkbookRecordSheet() {
        CyclingRecord r = CyclerFiles.read(SharedData.folder("cycler/BatteryABN").resolve(
                "GMJuly2022_CELL002_RPT_3_P0C_5P0PSI_20230110_R0_CH041_20230110143333_37_2_1_2818580185.xlsx"), null);
        assertThat(r.rows()).isEqualTo(2833);
        assertThat(r.voltageVolts()[0]).isEqualTo(3.4489);
        assertThat(r.voltageVolts()[2832]).isEqualTo(4.1184);
        assertThat(r.column(BdfColumns.CYCLE_COUNT).ints()[2832]).isEqualTo(1);
        double[] unix = r.column(BdfColumns.UNIX_TIME).doubles();
        assertThat(unix[0]).isEqualTo(java.time.LocalDateTime.parse("2023-01-10T14:33:33")
                .toEpochSecond(java.time.ZoneOffset.UTC));
        assertThat(r.metadata()).containsEntry(CyclerMetadata.START_TIME, "2023-01-10 14:33:33");
        double max = 0;
        for (double v : r.voltageVolts()) {
            max = Math.max(max, v);
        }
        assertThat(max).isEqualTo(4.1184);
    }

    /** No Arbin workbook is in the data: one written here from the Arbin CSV must read as the CSV does. */
    @Test
    void arbinWorkbookEqualsTheCsvItWasWrittenFrom(@TempDir Path tmp) throws IOException {
        Path csv = SharedData.folder("cycler/battery-data-toolkit").resolve("arbin_example.csv");
        List<String> lines = Files.readAllLines(csv).subList(0, 200);
        Path cut = tmp.resolve("arbin.csv");
        Files.write(cut, lines);
        Path xlsx = tmp.resolve("arbin.xlsx");
        writeWorkbook(xlsx, "Channel_1-005_1", lines);
        CyclingRecord fromCsv = CyclerFiles.read(cut, null);
        CyclingRecord fromXlsx = CyclerFiles.read(xlsx, null);
        assertThat(fromXlsx.rows()).isEqualTo(fromCsv.rows()).isEqualTo(199);
        for (CyclingColumn c : fromCsv.columns()) {
            assertThat(fromXlsx.column(c.label())).as(c.label()).isNotNull();
            for (int k = 0; k < fromCsv.rows(); k++) {
                assertThat(fromXlsx.column(c.label()).value(k)).as(c.label() + " row " + k).isEqualTo(c.value(k));
            }
        }
    }

    @Test
    void aWorkbookWithoutARecordSheetIsRefusedWithItsSheets(@TempDir Path tmp) throws IOException {
        Path xlsx = tmp.resolve("other.xlsx");
        writeWorkbook(xlsx, "Summary", List.of("a,b", "1,2"));
        assertThatThrownBy(() -> CyclerFiles.read(xlsx, null)).isInstanceOf(InputException.class)
                .hasMessageContaining("sheets: Summary");
    }

    /** A minimal workbook: one sheet, numbers as numbers, text as inline strings. */
    static void writeWorkbook(Path file, String sheet, List<String> csvLines) throws IOException {
        try (OutputStream os = Files.newOutputStream(file); ZipOutputStream z = new ZipOutputStream(os)) {
            put(z, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas."
                    + "openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/"
                    + "vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/"
                    + "xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-"
                    + "officedocument.spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/worksheets/sheet1.xml\" "
                    + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>");
            put(z, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas."
                    + "openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas."
                    + "openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>");
            put(z, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas."
                    + "openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/"
                    + "officeDocument/2006/relationships\"><sheets><sheet name=\"" + sheet + "\" sheetId=\"1\" r:id=\"rId1\"/>"
                    + "</sheets></workbook>");
            put(z, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\""
                    + "http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http:"
                    + "//schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/"
                    + "sheet1.xml\"/></Relationships>");
            StringBuilder s = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://"
                    + "schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
            for (int r = 0; r < csvLines.size(); r++) {
                s.append("<row r=\"").append(r + 1).append("\">");
                String[] f = csvLines.get(r).split(",", -1);
                for (int c = 0; c < f.length; c++) {
                    String ref = column(c) + (r + 1);
                    if (f[c].isEmpty()) {
                        continue;
                    }
                    if (FieldParsers.number(f[c], false) == FieldParsers.number(f[c], false)) {
                        s.append("<c r=\"").append(ref).append("\"><v>").append(f[c]).append("</v></c>");
                    } else {
                        s.append("<c r=\"").append(ref).append("\" t=\"inlineStr\"><is><t>").append(f[c]
                                .replace("&", "&amp;").replace("<", "&lt;")).append("</t></is></c>");
                    }
                }
                s.append("</row>");
            }
            put(z, "xl/worksheets/sheet1.xml", s.append("</sheetData></worksheet>").toString());
        }
    }

    private static String column(int c) {
        return c < 26 ? String.valueOf((char) ('A' + c)) : column(c / 26 - 1) + (char) ('A' + c % 26);
    }

    private static void put(ZipOutputStream z, String name, String text) throws IOException {
        z.putNextEntry(new ZipEntry(name));
        z.write(text.getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
    }
}
