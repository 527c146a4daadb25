package org.anodefree.protocol;

import java.util.List;
import org.anodefree.InputException;

/** A block of steps (and nested blocks) run {@code times} times in order. */
public record Repeat(int times, List<ProtocolNode> body) implements ProtocolNode {
    public Repeat {
        if (times < 1) {
            throw new InputException("Repeat: count must be at least 1, got " + times);
        }
        if (body == null || body.isEmpty()) {
            throw new InputException("Repeat " + times + " times: the block has no steps");
        }
        body = List.copyOf(body);
    }

    /** Number of steps this block runs, nested repeats multiplied out (exact; saturates at Long.MAX_VALUE). */
    public long stepCount() {
        long inner = Protocol.stepCount(body);
        return inner > Long.MAX_VALUE / times ? Long.MAX_VALUE : inner * times;
    }
}
