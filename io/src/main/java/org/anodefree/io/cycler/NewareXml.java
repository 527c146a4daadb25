package org.anodefree.io.cycler;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The XML members of a Neware {@code .ndax} ({@code TestInfo.xml}, {@code VersionInfo.xml}; GB2312 text):
 * the test's start time, channel, barcode, remark and software versions as metadata, and the aux channel
 * entries ({@code <Aux1 AuxID="1" ChlType="103" .../>}). A member that does not parse is skipped with a
 * warning: it never stops the data from being read.
 */
final class NewareXml {
    private NewareXml() {
    }

    static Map<String, String> metadata(String source, Map<String, byte[]> members, List<String> warnings) {
        Map<String, String> m = new LinkedHashMap<>();
        Element test = first(parse(source, members, "TestInfo.xml", warnings), "TestInfo");
        if (test != null) {
            put(m, CyclerMetadata.START_TIME, test.getAttribute("StartTime"));
            String unit = test.getAttribute("DevID") + "-" + test.getAttribute("UnitID") + "-" + test.getAttribute("ChlID");
            if (!test.getAttribute("ChlID").isEmpty()) {
                m.put(CyclerMetadata.CHANNEL, unit);
            }
            put(m, "neware.barcode", test.getAttribute("Barcode"));
            put(m, "neware.remark", test.getAttribute("Remark"));
            put(m, CyclerMetadata.PROCEDURE, test.getAttribute("StepName"));
        }
        Element version = first(parse(source, members, "VersionInfo.xml", warnings), "ZwjVersion");
        if (version != null) {
            put(m, CyclerMetadata.SOFTWARE, version.getAttribute("SvrVer"));
            put(m, "neware.client_version", version.getAttribute("CurrClientVer"));
        }
        return m;
    }

    /** The attributes of each {@code <AuxN>} child of {@code TestInfo}, in document order. */
    static List<Map<String, String>> auxEntries(Map<String, byte[]> members) {
        List<Map<String, String>> out = new ArrayList<>();
        Element test = first(parse("", members, "TestInfo.xml", new ArrayList<>()), "TestInfo");
        if (test == null) {
            return out;
        }
        NodeList children = test.getChildNodes();
        for (int k = 0; k < children.getLength(); k++) {
            Node n = children.item(k);
            if (n instanceof Element e && e.getTagName().toLowerCase(Locale.ROOT).contains("aux")) {
                Map<String, String> a = new LinkedHashMap<>();
                NamedNodeMap attributes = e.getAttributes();
                for (int i = 0; i < attributes.getLength(); i++) {
                    a.put(attributes.item(i).getNodeName(), attributes.item(i).getNodeValue());
                }
                out.add(a);
            }
        }
        return out;
    }

    private static void put(Map<String, String> m, String key, String value) {
        if (value != null && !value.isBlank()) {
            m.put(key, value.trim());
        }
    }

    private static Element first(Element root, String tag) {
        if (root == null) {
            return null;
        }
        NodeList list = root.getElementsByTagName(tag);
        return list.getLength() > 0 ? (Element) list.item(0) : null;
    }

    private static Element parse(String source, Map<String, byte[]> members, String name, List<String> warnings) {
        byte[] xml = members.get(name);
        if (xml == null) {
            return null;
        }
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setExpandEntityReferences(false);
            javax.xml.parsers.DocumentBuilder db = f.newDocumentBuilder();
            db.setErrorHandler(new org.xml.sax.helpers.DefaultHandler()); // throws on fatal errors, prints nothing
            return db.parse(new ByteArrayInputStream(xml)).getDocumentElement();
        } catch (Exception e) {
            // A member that is not XML (damaged archive) must not stop the read of the data members.
            warnings.add(source + ": " + name + " is not readable XML (" + e.getMessage() + "); its metadata is left out");
            return null;
        }
    }
}
