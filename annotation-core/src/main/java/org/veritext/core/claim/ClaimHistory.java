package org.veritext.core.claim;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.veritext.core.NotFoundException;
import org.veritext.core.access.Access;
import org.veritext.core.access.Permission;
import org.veritext.core.changes.Change;
import org.veritext.core.changes.ChangeKind;
import org.veritext.core.changes.ChangeLog;
import org.veritext.core.user.Person;
import org.veritext.core.user.UserLookup;

/**
 * A claim's history, read from the change log: every change to it, its links and its review state, with each field
 * before → after. Nothing is kept twice: the log holds the claim's state after each change, and history compares
 * each state with the one before.
 */
@Service
@Transactional(readOnly = true)
public class ClaimHistory {

    private final ClaimRepository claims;
    private final ChangeLog changeLog;
    private final ClaimStates states;
    private final Access access;
    private final UserLookup users;

    ClaimHistory(ClaimRepository claims, ChangeLog changeLog, ClaimStates states, Access access, UserLookup users) {
        this.claims = claims;
        this.changeLog = changeLog;
        this.states = states;
        this.access = access;
        this.users = users;
    }

    /** The claim's changes, newest first. */
    public List<HistoryEntry> of(UUID claimId) {
        Claim claim = claims.findById(claimId).orElseThrow(ClaimHistory::notFound);
        access.require(Permission.READ, claim.getArticle().getProjectId(), ClaimHistory::notFound);
        List<Change> changes = changeLog.of(claimId);
        Map<UUID, Person> people = users.people(changes.stream().map(Change::userId).filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        ClaimSnapshot now = states.parse(changes.getLast().state());
        List<HistoryEntry> entries = new ArrayList<>();
        ClaimSnapshot before = null;
        for (Change change : changes) {
            ClaimSnapshot after = change.state() == null ? null : states.parse(change.state());
            entries.add(new HistoryEntry(change.position(), change.at(), people.get(change.userId()), change.kind(),
                    title(change.kind(), before, after, people), differences(before, after),
                    after != null && !after.sameContentAs(now)));
            before = after;
        }
        Collections.reverse(entries);
        return entries;
    }

    private static String title(ChangeKind kind, ClaimSnapshot before, ClaimSnapshot after,
                                Map<UUID, Person> people) {
        return switch (kind) {
            case CLAIM_CREATED -> "Highlighted the claim";
            case CLAIM_RESTATED, CLAIM_EDITED -> "Edited";
            case CLAIM_DELETED -> "Deleted";
            case CLAIM_RESTORED -> "Restored an earlier version";
            case CLAIM_REPEAT_MARKED -> after != null && after.repeatOf() == null ? "No longer marked as a repeat"
                    : "Marked as a repeat of an earlier claim";
            case CLAIM_REVIEWED -> {
                if (before != null && after != null && before.reviewState() != after.reviewState()) {
                    yield switch (after.reviewState()) {
                        case SUBMITTED -> "Submitted for review";
                        case APPROVED -> "Approved";
                        case CHANGES_REQUESTED -> "Requested changes";
                        case REJECTED -> "Rejected";
                        case DRAFT -> "Reopened";
                    };
                }
                yield after != null && after.reviewer() != null ? "Asked " + after.reviewer().name() + " to review"
                        : "Left the review to any reviewer";
            }
            default -> kind.name();
        };
    }

    private static List<HistoryEntry.FieldChange> differences(ClaimSnapshot before, ClaimSnapshot after) {
        List<HistoryEntry.FieldChange> changes = new ArrayList<>();
        if (after == null) {
            return changes;
        }
        ClaimSnapshot from = before == null ? ClaimSnapshot.NEW : before;
        compare(changes, "Restatement", from.restatement(), after.restatement());
        compare(changes, "Verdict", from.verdict().label(), after.verdict().label());
        compare(changes, "Rationale", from.rationale(), after.rationale());
        compare(changes, "Claimed by", names(from, ActorRole.CLAIMANT), names(after, ActorRole.CLAIMANT));
        compare(changes, "About", names(from, ActorRole.SUBJECT), names(after, ActorRole.SUBJECT));
        compare(changes, "Mentioned", names(from, ActorRole.MENTIONED), names(after, ActorRole.MENTIONED));
        compare(changes, "Events", joined(from.events().stream().map(ClaimSnapshot.Named::name).toList()),
                joined(after.events().stream().map(ClaimSnapshot.Named::name).toList()));
        compare(changes, "Sources", joined(from.evidence().stream().map(Evidence::url).toList()),
                joined(after.evidence().stream().map(Evidence::url).toList()));
        compare(changes, "Tags", joined(from.tags()), joined(after.tags()));
        compare(changes, "Review", from.reviewState().label(), after.reviewState().label());
        return changes;
    }

    private static String names(ClaimSnapshot snapshot, ActorRole role) {
        return joined(snapshot.actors().stream().filter(link -> link.role() == role).map(ClaimSnapshot.Link::name)
                .toList());
    }

    private static String joined(List<String> values) {
        return values.stream().sorted(String.CASE_INSENSITIVE_ORDER).collect(Collectors.joining(", "));
    }

    private static void compare(List<HistoryEntry.FieldChange> changes, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(new HistoryEntry.FieldChange(field, before, after));
        }
    }

    private static NotFoundException notFound() {
        return new NotFoundException("This claim does not exist any more, or it is in a project you are not in.");
    }
}
