package org.veritext.core.actor;

import java.util.List;
import java.util.UUID;

/** What the change log keeps of an actor merged into another: who it was, and where its links went. */
record ActorMerged(UUID id, String name, List<String> aliases, UUID mergedInto) {
}
