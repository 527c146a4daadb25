package org.anodefree.protocol;

/** An element of a protocol's body: a single {@link Step} or a {@link Repeat} block of further nodes. */
public sealed interface ProtocolNode permits Step, Repeat {
}
