package org.yishi.command.eventstore;

import org.bson.types.Binary;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The canonical encoding of a stored document that its hash is taken over, defined in the README ("Verifiable
 * records") so that it can be recomputed in any language from what {@code mongoexport} or {@code mongosh} show:
 * UTF-8 JSON without whitespace, object keys sorted by Unicode code point, whole numbers (BSON int32 and int64) as
 * decimal integers, and the other BSON types as one-key tagged objects ({@code $double}, {@code $decimal},
 * {@code $date}, {@code $binary}, {@code $oid}). Stored events never use keys that start with {@code $}, so a tag
 * cannot be mistaken for data.
 */
public final class CanonicalJson {

    private static final HexFormat HEX = HexFormat.of();

    private CanonicalJson() {
    }

    /** The canonical encoding of {@code document} without its top-level fields named in {@code leaveOut}. */
    public static String encode(Map<String, ?> document, Set<String> leaveOut) {
        StringBuilder out = new StringBuilder(512);
        writeObject(document, leaveOut, out);
        return out.toString();
    }

    public static String encode(Object value) {
        StringBuilder out = new StringBuilder(128);
        write(value, out);
        return out.toString();
    }

    /** SHA-256 in lowercase hex over the UTF-8 bytes of the canonical encoding. */
    public static String sha256(Map<String, ?> document, Set<String> leaveOut) {
        return sha256Hex(encode(document, leaveOut).getBytes(StandardCharsets.UTF_8));
    }

    public static String sha256Hex(byte[] bytes) {
        return HEX.formatHex(sha256(bytes));
    }

    public static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static void write(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String text) {
            writeString(text, out);
        } else if (value instanceof Boolean flag) {
            out.append(flag.booleanValue());
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short
                   || value instanceof Byte) {
            out.append(((Number) value).longValue());
        } else if (value instanceof Double || value instanceof Float) {
            long bits = Double.doubleToLongBits(((Number) value).doubleValue());
            tagged("$double", HEX.toHexDigits(bits), out);
        } else if (value instanceof Decimal128 decimal) {
            tagged("$decimal", decimal.toString(), out);
        } else if (value instanceof Date date) {
            out.append("{\"$date\":").append(date.getTime()).append('}');
        } else if (value instanceof Binary binary) {
            tagged("$binary", Base64.getEncoder().encodeToString(binary.getData()), out);
        } else if (value instanceof byte[] bytes) {
            tagged("$binary", Base64.getEncoder().encodeToString(bytes), out);
        } else if (value instanceof ObjectId id) {
            tagged("$oid", id.toHexString(), out);
        } else if (value instanceof Map<?, ?> map) {
            writeObject(map, Set.of(), out);
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(list.get(i), out);
            }
            out.append(']');
        } else {
            throw new IllegalArgumentException("No canonical encoding for a value of type "
                                               + value.getClass().getName());
        }
    }

    private static void tagged(String tag, String text, StringBuilder out) {
        out.append("{\"").append(tag).append("\":");
        writeString(text, out);
        out.append('}');
    }

    private static void writeObject(Map<?, ?> map, Set<String> leaveOut, StringBuilder out) {
        List<String> keys = new ArrayList<>(map.size());
        for (Object key : map.keySet()) {
            String name = String.valueOf(key);
            if (!leaveOut.contains(name)) {
                keys.add(name);
            }
        }
        keys.sort(CanonicalJson::compareCodePoints);
        out.append('{');
        for (int i = 0; i < keys.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            writeString(keys.get(i), out);
            out.append(':');
            write(map.get(keys.get(i)), out);
        }
        out.append('}');
    }

    /** Unicode code point order, which is also the order of the keys' UTF-8 bytes. */
    static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int x = a.codePointAt(i);
            int y = b.codePointAt(j);
            if (x != y) {
                return Integer.compare(x, y);
            }
            i += Character.charCount(x);
            j += Character.charCount(y);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    private static void writeString(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append("\\u00").append(HEX.toHexDigits((byte) c));
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }
}
