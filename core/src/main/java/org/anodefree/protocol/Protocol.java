package org.anodefree.protocol;

import java.util.Iterator;
import java.util.List;
import org.anodefree.InputException;

/**
 * A cycling protocol: steps and nested {@code Repeat} blocks, as written. Immutable; equal when the
 * structure and every value are equal.
 *
 * <p>{@link #steps()} runs the protocol lazily, one {@link ScheduledStep} at a time with its step and
 * cycle numbers, so a protocol of a million cycles costs no memory until it is run.
 */
public record Protocol(List<ProtocolNode> body) {
    public Protocol {
        if (body == null || body.isEmpty()) {
            throw new InputException("protocol: no steps");
        }
        body = List.copyOf(body);
    }

    /** Reads the text form (one step per line; see {@link ProtocolParser}). */
    public static Protocol parse(String text, String source) {
        return ProtocolParser.parse(text, source);
    }

    /** The text form; {@code parse(toText())} gives back an equal protocol. */
    public String toText() {
        return ProtocolPrinter.print(this);
    }

    /** The steps in the order they run, numbered, with their cycle; computed as they are iterated. */
    public Iterable<ScheduledStep> steps() {
        return () -> new StepIterator(body);
    }

    /** Number of steps the protocol runs, repeats multiplied out (saturates at Long.MAX_VALUE). */
    public long stepCount() {
        return stepCount(body);
    }

    static long stepCount(List<ProtocolNode> nodes) {
        long n = 0;
        for (ProtocolNode node : nodes) {
            long add = node instanceof Repeat r ? r.stepCount() : 1;
            n = add > Long.MAX_VALUE - n ? Long.MAX_VALUE : n + add;
        }
        return n;
    }

    /** A convenience for tests and small programs: the first {@code max} scheduled steps as a list. */
    public List<ScheduledStep> firstSteps(int max) {
        java.util.ArrayList<ScheduledStep> out = new java.util.ArrayList<>();
        Iterator<ScheduledStep> it = steps().iterator();
        while (it.hasNext() && out.size() < max) {
            out.add(it.next());
        }
        return out;
    }
}
