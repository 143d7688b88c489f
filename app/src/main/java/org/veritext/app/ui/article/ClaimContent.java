package org.veritext.app.ui.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.veritext.core.actor.ActorRef;
import org.veritext.core.claim.ActorRole;
import org.veritext.core.claim.ClaimDetails;
import org.veritext.core.claim.ClaimEdit;
import org.veritext.core.claim.ClaimEdit.ActorLinkDraft;
import org.veritext.core.claim.ClaimEdit.EvidenceDraft;
import org.veritext.core.claim.Verdict;
import org.veritext.core.event.EventRef;
import org.veritext.core.text.TextNormaliser;

/**
 * What the claim editor shows of a claim, field by field, with the names of what it links (an edit holds only ids):
 * either a saved version or what is on screen now. Two of them can be compared field by field (the side-by-side
 * conflict), and three merged (base, mine, theirs: each field I changed keeps my value, the others take theirs).
 */
record ClaimContent(String restatement, Verdict verdict, String rationale, List<EvidenceDraft> evidence,
                    List<String> tags, List<ActorRef> claimants, List<ActorRef> subjects, List<EventRef> events) {

    /** One field of two versions side by side, as text; {@code differs} compares them as the server stores them. */
    record ComparedField(String label, String mine, String theirs, boolean differs) {
    }

    /** The fields, in the editor's order: each a label, how it reads, and how it compares. */
    private enum Field {
        RESTATEMENT("Restatement", c -> c.restatement, c -> TextNormaliser.normaliseLine(c.restatement)),
        CLAIMANT("Claimant", c -> names(c.claimants), c -> ids(c.claimants, ActorRef::id)),
        EVENT("Event", c -> c.events.stream().map(EventRef::title).collect(Collectors.joining(", ")),
                c -> ids(c.events, EventRef::id)),
        SUBJECT("Subject", c -> names(c.subjects), c -> ids(c.subjects, ActorRef::id)),
        VERDICT("Verdict", c -> verdictOf(c).label(), c -> verdictOf(c).name()),
        RATIONALE("Rationale", c -> c.rationale, c -> TextNormaliser.normalise(c.rationale)),
        SOURCES("Sources", c -> c.evidence.stream().map(e -> e.note().isBlank() ? e.url() : e.url() + " (" + e.note()
                + ")").collect(Collectors.joining("\n")), ClaimContent::sourcesKey),
        TAGS("Tags", c -> String.join(", ", c.tags), c -> c.tags.stream().map(t -> t.toLowerCase(Locale.ROOT))
                .distinct().sorted().toList());

        private final String label;
        private final Function<ClaimContent, String> text;
        private final Function<ClaimContent, Object> key;

        Field(String label, Function<ClaimContent, String> text, Function<ClaimContent, Object> key) {
            this.label = label;
            this.text = text;
            this.key = key;
        }

        boolean differs(ClaimContent one, ClaimContent other) {
            return !Objects.equals(key.apply(one), key.apply(other));
        }
    }

    static ClaimContent of(ClaimDetails claim) {
        return new ClaimContent(claim.restatement(), claim.verdict(), claim.rationale(),
                claim.evidence().stream().map(e -> new EvidenceDraft(e.url(), e.note())).toList(), claim.tags(),
                claim.actorsIn(ActorRole.CLAIMANT), claim.actorsIn(ActorRole.SUBJECT), claim.events());
    }

    /** This content as an edit; links in roles the editor does not show ({@code kept}) go along unchanged. */
    ClaimEdit toEdit(List<ActorLinkDraft> kept) {
        List<ActorLinkDraft> links = new ArrayList<>();
        claimants.forEach(actor -> links.add(new ActorLinkDraft(actor.id(), ActorRole.CLAIMANT)));
        subjects.forEach(actor -> links.add(new ActorLinkDraft(actor.id(), ActorRole.SUBJECT)));
        links.addAll(kept);
        return new ClaimEdit(restatement, verdict, rationale, evidence, tags, links,
                events.stream().map(EventRef::id).toList());
    }

    /** Every field, mine (this) beside theirs. */
    List<ComparedField> comparedWith(ClaimContent theirs) {
        List<ComparedField> fields = new ArrayList<>();
        for (Field field : Field.values()) {
            fields.add(new ComparedField(field.label, field.text.apply(this), field.text.apply(theirs),
                    field.differs(this, theirs)));
        }
        return fields;
    }

    /**
     * The content as plain text, one field a line ("Restatement: …"), the empty ones left out: what the conflict
     * dialog copies to the clipboard, so that words not saved can be pasted back wherever they are wanted.
     */
    String asText() {
        StringBuilder text = new StringBuilder();
        for (Field field : Field.values()) {
            String value = field.text.apply(this);
            if (value.isBlank() || (field == Field.VERDICT && verdictOf(this) == Verdict.NOT_YET_RATED)) {
                continue;
            }
            text.append(text.isEmpty() ? "" : "\n").append(field.label)
                    .append(value.contains("\n") ? ":\n" : ": ").append(value);
        }
        return text.toString();
    }

    /** The labels of the fields in which this differs from {@code other}. */
    List<String> fieldsDifferentFrom(ClaimContent other) {
        List<String> labels = new ArrayList<>();
        for (Field field : Field.values()) {
            if (field.differs(this, other)) {
                labels.add(field.label);
            }
        }
        return labels;
    }

    /**
     * Theirs, with each field that I changed (mine differs from the base I started from) set to mine: so a field
     * only they changed keeps their change, and one we both changed shows my words, for me to look at before saving.
     */
    static ClaimContent merge(ClaimContent base, ClaimContent mine, ClaimContent theirs) {
        return new ClaimContent(
                pick(Field.RESTATEMENT, base, mine, theirs).restatement,
                pick(Field.VERDICT, base, mine, theirs).verdict,
                pick(Field.RATIONALE, base, mine, theirs).rationale,
                pick(Field.SOURCES, base, mine, theirs).evidence,
                pick(Field.TAGS, base, mine, theirs).tags,
                pick(Field.CLAIMANT, base, mine, theirs).claimants,
                pick(Field.SUBJECT, base, mine, theirs).subjects,
                pick(Field.EVENT, base, mine, theirs).events);
    }

    private static ClaimContent pick(Field field, ClaimContent base, ClaimContent mine, ClaimContent theirs) {
        return field.differs(mine, base) ? mine : theirs;
    }

    private static Verdict verdictOf(ClaimContent content) {
        return content.verdict == null ? Verdict.NOT_YET_RATED : content.verdict;
    }

    private static String names(List<ActorRef> actors) {
        return actors.stream().map(ActorRef::name).collect(Collectors.joining(", "));
    }

    private static <T> Object ids(List<T> items, Function<T, ?> id) {
        return items.stream().map(id).map(Object::toString).distinct().sorted().toList();
    }

    /** Sources as stored: trimmed, empty rows dropped, in order. */
    private static Object sourcesKey(ClaimContent content) {
        return content.evidence.stream()
                .map(e -> List.of(TextNormaliser.normaliseLine(e.url()), TextNormaliser.normalise(e.note())))
                .filter(pair -> !pair.get(0).isEmpty() || !pair.get(1).isEmpty())
                .toList();
    }
}
