package org.veritext.core.actor;

import java.util.List;
import java.util.UUID;

/** One row of the actor catalog: who, what kind, also known as, and how many claims link to him. */
public record ActorSummary(UUID id, String name, ActorType type, List<String> aliases, String wikidataId,
                           long claimCount) {
}
