package org.yishi.command.eventstore;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The Merkle tree of a checkpoint over its leaves (aggregate id, hash of that aggregate's newest commit), sorted by
 * aggregate id in code point order. A leaf is {@code SHA-256(0x00 ‖ UTF-8(aggregate id) ‖ 0x00 ‖ ASCII(commit hash
 * in hex))}, an inner node {@code SHA-256(0x01 ‖ left ‖ right)} over the 32-byte hashes, and a level's last node
 * without a partner is carried up unchanged. The root of no leaves is SHA-256 of nothing.
 */
public final class Merkle {

    private static final HexFormat HEX = HexFormat.of();

    /** One step of an inclusion path: the sibling's hash and whether it stands left of the running hash. */
    public record Step(String side, String hash) {
    }

    private Merkle() {
    }

    public static byte[] leaf(String aggregateId, String commitHash) {
        byte[] id = aggregateId.getBytes(StandardCharsets.UTF_8);
        byte[] hash = commitHash.getBytes(StandardCharsets.US_ASCII);
        byte[] input = new byte[id.length + hash.length + 2];
        input[0] = 0;
        System.arraycopy(id, 0, input, 1, id.length);
        input[id.length + 1] = 0;
        System.arraycopy(hash, 0, input, id.length + 2, hash.length);
        return CanonicalJson.sha256(input);
    }

    static byte[] node(byte[] left, byte[] right) {
        byte[] input = new byte[65];
        input[0] = 1;
        System.arraycopy(left, 0, input, 1, 32);
        System.arraycopy(right, 0, input, 33, 32);
        return CanonicalJson.sha256(input);
    }

    public static String root(List<byte[]> leaves) {
        if (leaves.isEmpty()) {
            return CanonicalJson.sha256Hex(new byte[0]);
        }
        List<byte[]> level = leaves;
        while (level.size() > 1) {
            level = up(level);
        }
        return HEX.formatHex(level.get(0));
    }

    /** The path from leaf {@code index} to the root. */
    public static List<Step> path(List<byte[]> leaves, int index) {
        List<Step> steps = new ArrayList<>();
        List<byte[]> level = leaves;
        int at = index;
        while (level.size() > 1) {
            int sibling = at ^ 1;
            if (sibling < level.size()) {
                steps.add(new Step(sibling < at ? "left" : "right", HEX.formatHex(level.get(sibling))));
            }
            level = up(level);
            at /= 2;
        }
        return steps;
    }

    /** The root that {@code leaf} and {@code path} lead to, in hex. */
    public static String rootOf(byte[] leaf, List<Step> path) {
        byte[] running = leaf;
        for (Step step : path) {
            byte[] sibling = HEX.parseHex(step.hash());
            running = "left".equals(step.side()) ? node(sibling, running) : node(running, sibling);
        }
        return HEX.formatHex(running);
    }

    private static List<byte[]> up(List<byte[]> level) {
        List<byte[]> next = new ArrayList<>((level.size() + 1) / 2);
        for (int i = 0; i < level.size(); i += 2) {
            next.add(i + 1 < level.size() ? node(level.get(i), level.get(i + 1)) : level.get(i));
        }
        return next;
    }
}
