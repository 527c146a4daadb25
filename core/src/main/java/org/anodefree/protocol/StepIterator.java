package org.anodefree.protocol;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/** Walks a protocol's nested blocks depth-first, keeping only one frame per open Repeat. */
final class StepIterator implements Iterator<ScheduledStep> {

    private static final class Frame {
        final List<ProtocolNode> nodes;
        final int passes;
        int index;
        int pass;

        Frame(List<ProtocolNode> nodes, int passes) {
            this.nodes = nodes;
            this.passes = passes;
        }
    }

    private final Deque<Frame> stack = new ArrayDeque<>();
    private Step pending;
    private long stepNumber;
    private long cycle = 1;
    private boolean strippedInCycle;

    StepIterator(List<ProtocolNode> body) {
        stack.push(new Frame(body, 1));
        pending = advance();
    }

    @Override
    public boolean hasNext() {
        return pending != null;
    }

    @Override
    public ScheduledStep next() {
        if (pending == null) {
            throw new NoSuchElementException("protocol has no more steps");
        }
        Step step = pending;
        if (step instanceof Step.ConstantCurrent cc) {
            if (cc.mode().plating()) {
                if (strippedInCycle) {
                    cycle++;
                    strippedInCycle = false;
                }
            } else {
                strippedInCycle = true;
            }
        }
        ScheduledStep out = new ScheduledStep(++stepNumber, cycle, step);
        pending = advance();
        return out;
    }

    private Step advance() {
        while (!stack.isEmpty()) {
            Frame f = stack.peek();
            if (f.index == f.nodes.size()) {
                f.pass++;
                if (f.pass < f.passes) {
                    f.index = 0;
                } else {
                    stack.pop();
                }
                continue;
            }
            ProtocolNode node = f.nodes.get(f.index++);
            if (node instanceof Step s) {
                return s;
            }
            Repeat r = (Repeat) node;
            stack.push(new Frame(r.body(), r.times()));
        }
        return null;
    }
}
