package org.veritext.core.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.veritext.core.review.ReviewState;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A claim's state in the change log, both ways: what is written (the claim as views show it, plus where a restore
 * came from) and how it is read back for history and restore. One place knows the JSON, so the two cannot drift.
 */
@Component
public class ClaimStates {

    private final JsonMapper json = JsonMapper.builder().build();

    /** The state of a restored claim: the claim, and the change whose version was put back. */
    Map<String, Object> restored(ClaimDetails claim, long fromPosition) {
        @SuppressWarnings("unchecked")
        Map<String, Object> state = json.convertValue(claim, Map.class);
        state.put("restoredFrom", fromPosition);
        return state;
    }

    /** Reads a claim state written by any version of Veritext; a field it lacks reads as its default. */
    public ClaimSnapshot parse(String state) {
        JsonNode node = json.readTree(state);
        List<Evidence> evidence = new ArrayList<>();
        for (JsonNode item : node.path("evidence")) {
            evidence.add(new Evidence(item.path("url").asString(""), item.path("note").asString("")));
        }
        List<String> tags = new ArrayList<>();
        node.path("tags").forEach(tag -> tags.add(tag.asString("")));
        List<ClaimSnapshot.Link> actors = new ArrayList<>();
        for (JsonNode link : node.path("actors")) {
            JsonNode actor = link.path("actor");
            actors.add(new ClaimSnapshot.Link(uuid(actor.path("id")), actor.path("name").asString(""),
                    ActorRole.valueOf(link.path("role").asString("SUBJECT"))));
        }
        List<ClaimSnapshot.Named> events = new ArrayList<>();
        for (JsonNode event : node.path("events")) {
            events.add(new ClaimSnapshot.Named(uuid(event.path("id")), event.path("title").asString("")));
        }
        JsonNode reviewer = node.path("reviewer");
        return new ClaimSnapshot(node.path("restatement").asString(""),
                Verdict.valueOf(node.path("verdict").asString(Verdict.NOT_YET_RATED.name())),
                node.path("rationale").asString(""), evidence, tags, actors, events,
                ReviewState.valueOf(node.path("reviewState").asString(ReviewState.DRAFT.name())),
                reviewer.isObject() ? new ClaimSnapshot.Named(uuid(reviewer.path("id")),
                        name(reviewer)) : null,
                node.hasNonNull("restoredFrom") ? node.get("restoredFrom").asLong() : null,
                uuid(node.path("repeatOf")));
    }

    private static String name(JsonNode person) {
        String display = person.path("displayName").asString("");
        return display.isBlank() ? person.path("username").asString("") : display;
    }

    private static UUID uuid(JsonNode node) {
        return node.isString() ? UUID.fromString(node.asString()) : null;
    }
}
