package org.anodefree.protocol;

import java.util.List;
import org.anodefree.InputException;

/**
 * A block of steps (and nested blocks) run {@code times} times in order. Blocks nest at most
 * {@value #MAX_NESTING} deep, so that everything that walks a protocol's tree (printing, validating,
 * comparing) stays far from the end of the stack; no real protocol comes near.
 */
public record Repeat(int times, List<ProtocolNode> body) implements ProtocolNode {
    /** The deepest nesting of Repeat blocks a protocol may have. */
    public static final int MAX_NESTING = 64;

    public Repeat {
        if (times < 1) {
            throw new InputException("Repeat: count must be at least 1, got " + times);
        }
        if (body == null || body.isEmpty()) {
            throw new InputException("Repeat " + times + " times: the block has no steps");
        }
        body = List.copyOf(body);
        if (depth(body) >= MAX_NESTING) {
            throw new InputException("Repeat " + times + " times: blocks nest more than " + MAX_NESTING + " deep");
        }
    }

    /** How many Repeat blocks deep {@code nodes} go (0 for plain steps); each nested block was checked when made. */
    static int depth(List<ProtocolNode> nodes) {
        int d = 0;
        for (ProtocolNode n : nodes) {
            if (n instanceof Repeat r) {
                d = Math.max(d, 1 + depth(r.body()));
            }
        }
        return d;
    }

    /** Number of steps this block runs, nested repeats multiplied out (exact; saturates at Long.MAX_VALUE). */
    public long stepCount() {
        long inner = Protocol.stepCount(body);
        return inner > Long.MAX_VALUE / times ? Long.MAX_VALUE : inner * times;
    }
}
