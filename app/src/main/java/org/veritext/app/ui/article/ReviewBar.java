package org.veritext.app.ui.article;

import org.veritext.core.DomainException;
import java.util.Optional;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.veritext.app.ui.common.LocalTimes;
import org.veritext.app.ui.error.Notifications;
import org.veritext.core.EditConflictException;
import org.veritext.core.access.ClaimAction;
import org.veritext.core.claim.ClaimDetails;
import org.veritext.core.claim.ClaimService;
import org.veritext.core.project.ProjectRole;
import org.veritext.core.project.ProjectService;
import org.veritext.core.review.ReviewMove;
import org.veritext.core.review.ReviewState;
import org.veritext.core.user.Person;

/**
 * Where the claim stands in review (a badge per state, who moved it there, who is asked to review it) and the moves
 * the signed-in user may make now: exactly the actions the access policy grants, no more. Requesting changes and
 * rejecting ask for the reason first; the others act at once. Every move acts on the version shown: a reviewer
 * approves what he read, and if the claim changed meanwhile nothing happens but showing him the change.
 */
@StyleSheet("context://css/workflow.css")
final class ReviewBar extends Div {

    private final ShownClaim shown;
    private final ClaimService claims;
    private final ProjectService projects;
    private final Span state = new Span();
    private final Span who = new Span();
    private final Map<ClaimAction, Button> buttons = new EnumMap<>(ClaimAction.class);

    ReviewBar(ShownClaim shown, ClaimService claims, ProjectService projects) {
        this.shown = shown;
        this.claims = claims;
        this.projects = projects;
        addClassName("review-bar");
        state.setId("claim-state");
        state.addClassName("review-state");
        who.addClassName("review-who");
        Div status = new Div(state, who);
        status.addClassName("review-status");

        button(ClaimAction.SUBMIT, "claim-submit", ButtonVariant.LUMO_PRIMARY, () -> move(ReviewMove.SUBMIT, null));
        button(ClaimAction.APPROVE, "claim-approve", ButtonVariant.LUMO_SUCCESS, () -> move(ReviewMove.APPROVE, null));
        button(ClaimAction.REQUEST_CHANGES, "claim-request-changes", ButtonVariant.LUMO_CONTRAST,
                () -> askWhy(ReviewMove.REQUEST_CHANGES));
        button(ClaimAction.REJECT, "claim-reject", ButtonVariant.LUMO_ERROR, () -> askWhy(ReviewMove.REJECT));
        button(ClaimAction.REOPEN, "claim-reopen", ButtonVariant.LUMO_CONTRAST, () -> askWhy(ReviewMove.REOPEN));
        Button ask = new Button("Ask reviewer\u2026", click -> askReviewer());
        ask.setId("claim-assign-reviewer");
        ask.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        buttons.put(ClaimAction.ASSIGN_REVIEWER, ask);

        Div actions = new Div(buttons.values().toArray(Button[]::new));
        actions.addClassName("review-actions");
        add(status, actions);
    }

    void show(ClaimDetails claim, Set<ClaimAction> allowed) {
        ReviewState current = claim.reviewState();
        state.setText(current.label());
        for (ReviewState each : ReviewState.values()) {
            state.getElement().getClassList().set("review-state-" + each.name(), each == current);
        }
        who.setText(describe(claim));
        buttons.forEach((action, button) -> button.setVisible(allowed.contains(action)));
    }

    private void button(ClaimAction action, String id, ButtonVariant variant, Runnable onClick) {
        Button button = new Button(action.move().label() + (action.move().needsComment()
                || action == ClaimAction.REOPEN ? "\u2026" : ""), click -> onClick.run());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, variant);
        buttons.put(action, button);
    }

    private void askWhy(ReviewMove move) {
        new ReviewCommentDialog(move, comment -> move(move, comment)).open();
    }

    /**
     * Submitting saves what is on screen first (that is what gets reviewed); the other moves need it saved. True if
     * the move was made: the comment dialog stays open otherwise, so a refused reason is not lost.
     */
    private boolean move(ReviewMove move, String comment) {
        Optional<ClaimDetails> saved = shown.asSaved(move.label().toLowerCase(Locale.ROOT), move == ReviewMove.SUBMIT);
        if (saved.isEmpty()) {
            return false;
        }
        ClaimDetails claim = saved.get();
        try {
            shown.changed(claims.move(claim.id(), claim.version(), move, comment));
        } catch (EditConflictException changedMeanwhile) {
            shown.changedMeanwhile();
            return false;
        } catch (DomainException refused) {
            Notifications.error(refused.getMessage());
            return false;
        }
        Notifications.success(switch (move) {
            case SUBMIT -> "Submitted for review.";
            case APPROVE -> "Approved.";
            case REQUEST_CHANGES -> "Sent back for changes.";
            case REJECT -> "Rejected.";
            case REOPEN -> "Reopened.";
        });
        return true;
    }

    /** A manager asks a reviewer of the project: never the claim's maker or last editor (four eyes). */
    private void askReviewer() {
        shown.asSaved("ask a reviewer", false).ifPresent(claim -> {
            List<Person> reviewers = projects.get(claim.projectId())
                    .withRole(ProjectRole.REVIEWER, ProjectRole.MANAGER).stream()
                    .filter(person -> !person.id().equals(claim.createdBy().id())
                            && !person.id().equals(claim.modifiedBy().id()))
                    .toList();
            new AskReviewerDialog(reviewers, claim.reviewer(), reviewer -> {
                try {
                    shown.changed(claims.assignReviewer(claim.id(), claim.version(),
                            reviewer == null ? null : reviewer.id()));
                } catch (EditConflictException changedMeanwhile) {
                    shown.changedMeanwhile();
                    return;
                }
                Notifications.success(reviewer == null ? "Any reviewer of the project may take it."
                        : reviewer.name() + " is asked to review it.");
            }).open();
        });
    }

    /** Who moved it to this state and when, and whom it waits for. */
    private static String describe(ClaimDetails claim) {
        StringBuilder text = new StringBuilder();
        if (claim.stateChangedBy() != null) {
            text.append("by ").append(claim.stateChangedBy().name()).append(", ")
                    .append(LocalTimes.format(claim.stateChangedAt()));
        }
        boolean waiting = claim.reviewState() == ReviewState.SUBMITTED || claim.reviewState() == ReviewState.DRAFT
                || claim.reviewState() == ReviewState.CHANGES_REQUESTED;
        if (waiting && claim.reviewer() != null) {
            text.append(text.isEmpty() ? "" : " \u00B7 ").append("reviewer: ").append(claim.reviewer().name());
        }
        return text.toString();
    }
}
