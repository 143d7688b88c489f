package org.veritext.app.ui.actor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Locale;
import java.util.function.BiConsumer;
import org.veritext.app.ui.common.FormProblem;
import org.veritext.core.DomainException;
import org.veritext.core.actor.ActorDetails;
import org.veritext.core.actor.ActorService;
import org.veritext.core.claim.ClaimService;
import org.veritext.core.claim.LinkedClaim;

/**
 * Merges another actor into the one shown: pick the other, read what will move, confirm. The other actor disappears;
 * his names become aliases of the kept one, and everything linked to him is linked to the kept one.
 */
class MergeActorDialog extends Dialog {

    private final ActorService actors;
    private final ClaimService claims;
    private final ActorDetails kept;
    private final BiConsumer<ActorDetails, String> onMerged;
    private final ActorPicker other;
    private final FormProblem problem = new FormProblem("merge-problem");

    /** @param onMerged gets the kept actor as saved, and the name of the one merged into him */
    MergeActorDialog(ActorService actors, ClaimService claims, ActorDetails kept,
                     BiConsumer<ActorDetails, String> onMerged) {
        this.actors = actors;
        this.claims = claims;
        this.kept = kept;
        this.onMerged = onMerged;
        setId("merge-dialog");
        setHeaderTitle("Merge another actor into this one");
        setWidth("min(36rem, 96vw)");

        other = new ActorPicker("The actor to merge into this one", actors);
        other.setId("merge-actor-picker");
        other.exclude(kept.id());
        other.setWidthFull();
        add(new Paragraph("Use this when two actors are the same person or body, e.g. one created under another "
                + "spelling. " + kept.name() + " stays, with everything linked to the other one; the other one "
                + "disappears. You will see what moves before anything is merged."), problem, other);

        Button next = new Button("Continue", click -> confirm());
        next.setId("merge-continue");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.setEnabled(false);
        other.addValueChangeListener(change -> next.setEnabled(change.getValue() != null));
        Button cancel = new Button("Cancel", click -> close());
        getFooter().add(cancel, next);
    }

    /** Names both actors and what moves, from the other actor as he is now, and merges only on confirmation. */
    private void confirm() {
        problem.clear();
        ActorDetails absorbed = actors.get(other.getValue().id());
        long claimCount = claims.linkedToActor(absorbed.id()).stream().map(LinkedClaim::claimId).distinct().count();
        ConfirmDialog confirmation = new ConfirmDialog();
        confirmation.setId("merge-confirm");
        confirmation.setHeader("Merge " + absorbed.name() + " into " + kept.name() + "?");
        confirmation.setText(absorbed.name() + " (" + absorbed.type().label().toLowerCase(Locale.ROOT)
                + ") will disappear. Everything linked to it will be linked to " + kept.name() + " instead: "
                + claimLinks(claimCount) + ", the events it takes part in, its mentions in articles, and the actors "
                + "affiliated with it. Its name" + (absorbed.aliases().isEmpty() ? "" : " and aliases")
                + " will become aliases of " + kept.name() + ". This cannot be undone.");
        confirmation.setCancelable(true);
        confirmation.setCancelText("Cancel");
        Button merge = new Button("Merge", click -> {
            confirmation.close();
            merge(absorbed);
        });
        merge.setId("merge-confirm-button");
        merge.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirmation.setConfirmButton(merge);
        confirmation.open();
    }

    private void merge(ActorDetails absorbed) {
        try {
            ActorDetails merged = actors.merge(kept.id(), kept.version(), absorbed.id(), absorbed.version());
            close();
            onMerged.accept(merged, absorbed.name());
        } catch (DomainException refused) {
            problem.show(refused.getMessage());
        }
    }

    private static String claimLinks(long count) {
        return count == 0 ? "no claims now" : count == 1 ? "1 claim" : count + " claims";
    }
}
