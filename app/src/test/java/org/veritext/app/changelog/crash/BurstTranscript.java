package org.veritext.app.changelog.crash;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What a {@link SaveBurst} printed before it died: the saves it started ({@code TRY n}) and the ones the claim
 * service acknowledged ({@code ACK n claimId version}).
 *
 * @param acknowledged the acknowledged saves by save number
 * @param tried        every save number started, acknowledged or not
 * @param failures     saves the service refused ({@code FAIL} lines); a healthy burst has none
 */
record BurstTranscript(Map<Integer, Ack> acknowledged, Set<Integer> tried, List<String> failures) {

    /** A save the user was told had succeeded: claim {@code claimId} at {@code version}. */
    record Ack(int save, UUID claimId, long version) {
    }

    static BurstTranscript of(List<String> lines) {
        Map<Integer, Ack> acknowledged = new HashMap<>();
        Set<Integer> tried = new HashSet<>();
        List<String> failures = new ArrayList<>();
        for (String line : lines) {
            String[] words = line.split(" ");
            switch (words[0]) {
                case "TRY" -> tried.add(Integer.parseInt(words[1]));
                case "ACK" -> {
                    Ack ack = new Ack(Integer.parseInt(words[1]), UUID.fromString(words[2]), Long.parseLong(words[3]));
                    acknowledged.put(ack.save(), ack);
                }
                case "FAIL" -> failures.add(line);
                default -> {
                    // the application's own log lines
                }
            }
        }
        return new BurstTranscript(acknowledged, tried, failures);
    }

    /** Saves started but not acknowledged: in flight when the process died; each may or may not have committed. */
    Set<Integer> inFlight() {
        Set<Integer> inFlight = new HashSet<>(tried);
        inFlight.removeAll(acknowledged.keySet());
        return inFlight;
    }

    /** The newest acknowledged save of each claim. */
    Map<UUID, Ack> newestAckPerClaim() {
        Map<UUID, Ack> newest = new HashMap<>();
        for (Ack ack : acknowledged.values()) {
            newest.merge(ack.claimId(), ack, (a, b) -> a.version() >= b.version() ? a : b);
        }
        return newest;
    }
}
