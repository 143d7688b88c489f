package org.veritext.app.ui.article;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.function.Predicate;
import org.veritext.app.ui.common.OverLengthWarning;
import org.veritext.core.discussion.CommentLimits;
import org.veritext.core.review.ReviewMove;
import org.veritext.core.text.TextNormaliser;
import org.veritext.core.text.VisibleText;

/**
 * Asks why, before a review move that needs a reason (request changes, reject) or may have one (reopen). The reason
 * goes into the claim's discussion, so the annotator reads what to do. An empty reason is refused here already.
 */
final class ReviewCommentDialog extends Dialog {

    private final TextArea comment = new TextArea();

    ReviewCommentDialog(ReviewMove move, Predicate<String> confirmed) {
        setId("review-dialog");
        setHeaderTitle(move.label());
        comment.setId("review-comment");
        comment.setLabel(move.needsComment() ? "Why? (required)" : "Why? (optional)");
        comment.setHelperText(switch (move) {
            case REQUEST_CHANGES -> "Say what needs to change. It goes into the discussion of the claim.";
            case REJECT -> "Say why the claim cannot stand. It goes into the discussion of the claim.";
            default -> "It goes into the discussion of the claim.";
        });
        comment.setWidth("min(32rem, 80vw)");
        comment.setMinHeight("7rem");
        comment.setValueChangeMode(ValueChangeMode.EAGER);
        OverLengthWarning.watch(comment, CommentLimits.BODY, TextNormaliser::normalise);
        // OverLengthWarning also clears the "write why" mark as soon as something is typed.
        add(comment);

        Button confirm = new Button(move.label(), click -> {
            String text = comment.getValue();
            if (move.needsComment() && VisibleText.isEmpty(text)) {
                comment.setErrorMessage("Write why: the annotator needs to know what to do.");
                comment.setInvalid(true);
                comment.focus();
                return;
            }
            // Closed only once the move is made: if it is refused, the reason typed stays here.
            if (confirmed.test(VisibleText.isEmpty(text) ? null : text)) {
                close();
            }
        });
        confirm.setId("review-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", click -> close());
        getFooter().add(cancel, confirm);
        addOpenedChangeListener(opened -> {
            if (opened.isOpened()) {
                comment.focus();
            }
        });
    }
}
