package org.veritext.app.ui.article;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.veritext.app.ui.common.Abbreviation;
import org.veritext.app.ui.common.LocalTimes;
import org.veritext.app.ui.common.OverLengthWarning;
import org.veritext.core.NotFoundException;
import org.veritext.core.claim.ClaimDetails;
import org.veritext.core.discussion.CommentDetails;
import org.veritext.core.discussion.CommentKind;
import org.veritext.core.discussion.CommentLimits;
import org.veritext.core.discussion.CommentService;
import org.veritext.core.project.ProjectDetails;
import org.veritext.core.project.ProjectService;
import org.veritext.core.text.TextNormaliser;
import org.veritext.core.user.Person;

/**
 * The claim's discussion: its comments in thread order (answers indented under what they answer), the notes of
 * review decisions marked as such, and a box to write a comment or an answer. Typing {@code @} offers the project's
 * members to mention (they are notified). What is typed here survives colleagues' changes and switching to another
 * claim and back; new comments from others appear when the view hears of them ({@link #refresh}).
 */
@StyleSheet("context://css/workflow.css")
final class CommentThread extends Details {

    /** An @name being typed at the end of the text: what the member choices complete. */
    private static final Pattern MENTION_BEING_TYPED = Pattern.compile("(?:^|\\s)@([\\p{L}\\p{N}._-]*)$");
    private static final int MEMBERS_OFFERED = 6;

    private final CommentService comments;
    private final ProjectService projects;
    private final Div list = new Div();
    private final Div composer = new Div();
    private final Div replyingTo = new Div();
    private final TextArea text = new TextArea();
    private final Div memberChoices = new Div();
    private final Span notified = new Span();
    /** Unsent text per claim, so that looking at another claim does not lose it. */
    private final Map<UUID, String> drafts = new HashMap<>();
    private final Map<UUID, List<Person>> membersOfProject = new HashMap<>();
    private ClaimDetails claim;
    private CommentDetails answering;

    CommentThread(CommentService comments, ProjectService projects) {
        this.comments = comments;
        this.projects = projects;
        setId("claim-comments");
        addClassName("comment-thread");
        setSummaryText("Discussion");
        setOpened(true);
        list.setId("comment-list");
        list.addClassName("comment-list");

        replyingTo.addClassName("comment-replying-to");
        replyingTo.setVisible(false);
        text.setId("comment-text");
        text.setWidthFull();
        text.setPlaceholder("Write a comment");
        text.setHelperText("Type @ to mention a member of the project: they are notified.");
        text.setValueChangeMode(ValueChangeMode.EAGER);
        OverLengthWarning.watch(text, CommentLimits.BODY, TextNormaliser::normalise);
        text.addValueChangeListener(change -> offerMembers(change.getValue()));
        memberChoices.setId("comment-mentions");
        memberChoices.addClassName("comment-mentions");
        Button send = new Button("Send", click -> send());
        send.setId("comment-send");
        send.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        notified.setId("comment-notified");
        notified.addClassName("comment-notified");
        Div sending = new Div(send, notified);
        sending.addClassName("comment-sending");
        composer.addClassName("comment-composer");
        composer.add(replyingTo, text, memberChoices, sending);
        add(list, composer);
    }

    /** Shows the discussion of {@code claim}; the box to write in only if the user may comment. */
    void show(ClaimDetails shown, boolean canComment) {
        boolean sameClaim = claim != null && shown != null && claim.id().equals(shown.id());
        if (!sameClaim) {
            if (claim != null) {
                drafts.put(claim.id(), text.getValue());
            }
            text.setValue(shown == null ? "" : drafts.getOrDefault(shown.id(), ""));
            notified.setText("");
            answer(null);
        }
        claim = shown;
        composer.setVisible(canComment);
        refresh();
    }

    /** Reads the thread again: after sending, or when someone else commented on the claim shown. */
    void refresh() {
        list.removeAll();
        if (claim == null) {
            return;
        }
        List<CommentDetails> thread;
        try {
            thread = comments.thread(claim.id());
        } catch (NotFoundException deletedMeanwhile) {
            thread = List.of(); // the view says so; the typed text stays in the box
        }
        setSummaryText(thread.isEmpty() ? "Discussion" : "Discussion (" + thread.size() + ")");
        if (thread.isEmpty()) {
            Span none = new Span("No comments yet.");
            none.addClassName("comment-none");
            list.add(none);
        }
        thread.forEach(comment -> list.add(entry(comment)));
    }

    private Div entry(CommentDetails comment) {
        Span author = new Span(comment.author() == null ? "Someone" : comment.author().name());
        author.addClassName("comment-author");
        Span time = new Span(LocalTimes.format(comment.createdAt()));
        time.addClassName("comment-time");
        Div heading = new Div(author, time);
        heading.addClassName("comment-heading");
        Div body = new Div();
        body.addClassName("comment-body");
        String decision = decisionLabel(comment.kind());
        if (decision != null) {
            Span label = new Span(decision);
            label.addClassName("comment-decision");
            body.add(label, new Span(" "));
        }
        body.add(new Span(comment.body()));
        Div entry = new Div(heading, body);
        entry.addClassNames("comment", "comment-" + comment.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        entry.getElement().setAttribute("data-comment-id", comment.id().toString());
        // Answers are indented under what they answer; the depth is capped by the service.
        entry.getStyle().set("--comment-depth", String.valueOf(comment.depth()));
        if (composer.isVisible()) {
            Button reply = new Button("Reply", click -> answer(comment));
            reply.addClassName("comment-reply");
            reply.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY_INLINE);
            heading.add(reply);
        }
        return entry;
    }

    /** The note of a review decision reads as one: "Requested changes: …". */
    private static String decisionLabel(CommentKind kind) {
        return switch (kind) {
            case COMMENT -> null;
            case CHANGES_REQUESTED -> "Requested changes:";
            case REJECTED -> "Rejected:";
            case APPROVED -> "Approved:";
            case REOPENED -> "Reopened:";
        };
    }

    private void answer(CommentDetails comment) {
        answering = comment;
        replyingTo.removeAll();
        replyingTo.setVisible(comment != null);
        if (comment == null) {
            text.setPlaceholder("Write a comment");
            return;
        }
        String who = comment.author() == null ? "someone" : comment.author().name();
        Button cancel = new Button("Cancel", click -> answer(null));
        cancel.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY_INLINE);
        replyingTo.add(new Span("Answering " + who + ": \u201C" + Abbreviation.of(comment.body(), 60) + "\u201D "),
                cancel);
        text.setPlaceholder("Write your answer");
        text.focus();
    }

    private void send() {
        CommentDetails sent = comments.add(claim.id(), answering == null ? null : answering.id(), text.getValue());
        text.clear();
        drafts.remove(claim.id());
        answer(null);
        refresh();
        notified.setText(sent.notified().isEmpty() ? "Sent."
                : "Sent; notified by mention: " + sent.notified().stream().map(Person::name)
                        .collect(Collectors.joining(", ")) + ".");
    }

    /** While an @name is being typed at the end, offers the members it may mean; a click completes it. */
    private void offerMembers(String typed) {
        memberChoices.removeAll();
        Matcher mention = MENTION_BEING_TYPED.matcher(typed);
        if (claim == null || !mention.find()) {
            return;
        }
        String start = mention.group(1).toLowerCase(Locale.ROOT);
        members().stream()
                .filter(person -> person.username().toLowerCase(Locale.ROOT).startsWith(start)
                        || person.name().toLowerCase(Locale.ROOT).startsWith(start))
                .limit(MEMBERS_OFFERED)
                .forEach(person -> {
                    Button choice = new Button(person.name() + " @" + person.username(), click -> {
                        String before = typed.substring(0, typed.length() - mention.group(1).length());
                        text.setValue(before + person.username() + " ");
                        text.focus();
                    });
                    choice.addClassName("comment-mention-choice");
                    choice.getElement().setAttribute("data-username", person.username());
                    choice.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                    memberChoices.add(choice);
                });
    }

    private List<Person> members() {
        return membersOfProject.computeIfAbsent(claim.projectId(), project -> projects.get(project).members().stream()
                .map(ProjectDetails.Member::person).toList());
    }
}
