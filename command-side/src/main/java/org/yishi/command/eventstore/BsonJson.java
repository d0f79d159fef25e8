package org.yishi.command.eventstore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.bson.Document;
import org.bson.types.Binary;
import org.bson.types.Decimal128;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * Converts between Jackson trees and BSON values, so that payloads are stored as readable BSON documents
 * instead of opaque strings. Only JSON's own value kinds are produced, so a round trip is exact.
 */
final class BsonJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private BsonJson() {
    }

    static Object toBson(JsonNode node) {
        return switch (node.getNodeType()) {
            case OBJECT -> {
                Document document = new Document();
                node.fields().forEachRemaining(field -> document.append(field.getKey(), toBson(field.getValue())));
                yield document;
            }
            case ARRAY -> {
                List<Object> values = new ArrayList<>(node.size());
                node.forEach(element -> values.add(toBson(element)));
                yield values;
            }
            case STRING -> node.textValue();
            case BOOLEAN -> node.booleanValue();
            case NUMBER -> number(node);
            case BINARY -> new Binary(binary(node));
            case NULL, MISSING -> null;
            case POJO -> throw new IllegalArgumentException("POJO nodes cannot be stored: " + node);
        };
    }

    private static Object number(JsonNode node) {
        if (node.isInt() || node.isShort()) {
            return node.intValue();
        }
        if (node.isLong()) {
            return node.longValue();
        }
        if (node.isBigDecimal() || node.isBigInteger()) {
            return new Decimal128(node.decimalValue());
        }
        return node.doubleValue();
    }

    private static byte[] binary(JsonNode node) {
        try {
            return node.binaryValue();
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static JsonNode toJson(Object value) {
        if (value == null) {
            return NODES.nullNode();
        }
        if (value instanceof Map<?, ?> map) {
            ObjectNode object = NODES.objectNode();
            map.forEach((key, element) -> object.set(String.valueOf(key), toJson(element)));
            return object;
        }
        if (value instanceof List<?> list) {
            ArrayNode array = NODES.arrayNode(list.size());
            list.forEach(element -> array.add(toJson(element)));
            return array;
        }
        if (value instanceof String text) {
            return NODES.textNode(text);
        }
        if (value instanceof Integer number) {
            return NODES.numberNode(number);
        }
        if (value instanceof Long number) {
            return NODES.numberNode(number);
        }
        if (value instanceof Double number) {
            return NODES.numberNode(number);
        }
        if (value instanceof Boolean flag) {
            return NODES.booleanNode(flag);
        }
        if (value instanceof Decimal128 decimal) {
            return NODES.numberNode(decimal.bigDecimalValue());
        }
        if (value instanceof Binary binary) {
            return NODES.binaryNode(binary.getData());
        }
        if (value instanceof Date date) {
            return NODES.numberNode(date.getTime());
        }
        throw new IllegalArgumentException("Unsupported BSON value of type " + value.getClass().getName());
    }
}
