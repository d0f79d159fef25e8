package org.yishi.web.pages;

/**
 * Rows of comma-separated values as RFC 4180 has them: a field holding a comma, a quote or a line break is quoted,
 * its quotes doubled. A field that a spreadsheet would take for a formula (starting with =, +, - or @) is prefixed
 * with an apostrophe, so that opening an export runs nothing.
 */
public final class Csv {

    private Csv() {
    }

    public static void row(StringBuilder csv, String... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(field(fields[i]));
        }
        csv.append("\r\n");
    }

    static String field(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
