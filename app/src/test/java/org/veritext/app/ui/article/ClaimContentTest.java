package org.veritext.app.ui.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.veritext.app.ui.article.ClaimContent.ComparedField;
import org.veritext.core.actor.ActorRef;
import org.veritext.core.actor.ActorType;
import org.veritext.core.claim.ClaimEdit.EvidenceDraft;
import org.veritext.core.claim.Verdict;

/** Comparing two versions of a claim field by field, and merging mine into theirs, as the conflict dialog does. */
class ClaimContentTest {

    private static final ActorRef MAYOR = new ActorRef(UUID.randomUUID(), "Lucia Ferreira", ActorType.PERSON);
    private static final ActorRef COUNCIL = new ActorRef(UUID.randomUUID(), "City Council", ActorType.ORGANISATION);

    private static final ClaimContent BASE = new ClaimContent("The tram costs 48 million euros.",
            Verdict.NOT_YET_RATED, "", List.of(), List.of("budget"), List.of(MAYOR), List.of(), List.of());

    @Test
    void mergeKeepsTheirChangesWhereIChangedNothingAndMineWhereIDid() {
        ClaimContent mine = with(BASE, "The night tram will cost 48 million euros, the mayor says.", BASE.rationale());
        ClaimContent theirs = new ClaimContent(BASE.restatement(), Verdict.FALSE, "The budget says 61 million.",
                List.of(new EvidenceDraft("https://example.org/budget", "")), BASE.tags(), List.of(COUNCIL),
                List.of(), List.of());

        ClaimContent merged = ClaimContent.merge(BASE, mine, theirs);

        assertThat(merged.restatement()).isEqualTo(mine.restatement());
        assertThat(merged.verdict()).isEqualTo(Verdict.FALSE);
        assertThat(merged.rationale()).isEqualTo("The budget says 61 million.");
        assertThat(merged.evidence()).isEqualTo(theirs.evidence());
        assertThat(merged.claimants()).containsExactly(COUNCIL);
        assertThat(merged.fieldsDifferentFrom(theirs)).containsExactly("Restatement");
    }

    @Test
    void aFieldWeBothChangedShowsMyWordsForMeToCheck() {
        ClaimContent mine = with(BASE, "Mine", "My reason");
        ClaimContent theirs = with(BASE, "Theirs", "Their reason");

        ClaimContent merged = ClaimContent.merge(BASE, mine, theirs);

        assertThat(merged.restatement()).isEqualTo("Mine");
        assertThat(merged.rationale()).isEqualTo("My reason");
    }

    @Test
    void comparesFieldsAsTheServerStoresThemSoSpacingAndTagCaseAreNoDifference() {
        ClaimContent mine = new ClaimContent("The tram  costs 48 million euros. ", null, "", List.of(
                new EvidenceDraft(" ", "")), List.of("Budget"), List.of(MAYOR), List.of(), List.of());

        assertThat(mine.fieldsDifferentFrom(BASE)).isEmpty();
        assertThat(mine.comparedWith(BASE)).noneMatch(ComparedField::differs);
    }

    @Test
    void sideBySideNamesTheLinkedActorsAndMarksOnlyWhatDiffers() {
        ClaimContent theirs = new ClaimContent(BASE.restatement(), Verdict.FALSE, "", List.of(), BASE.tags(),
                List.of(MAYOR, COUNCIL), List.of(), List.of());

        List<ComparedField> fields = BASE.comparedWith(theirs);

        assertThat(fields).extracting(ComparedField::label).containsExactly("Restatement", "Claimant", "Event",
                "Subject", "Verdict", "Rationale", "Sources", "Tags");
        assertThat(fields).filteredOn(ComparedField::differs).extracting(ComparedField::label)
                .containsExactly("Claimant", "Verdict");
        assertThat(fields.get(1).mine()).isEqualTo("Lucia Ferreira");
        assertThat(fields.get(1).theirs()).isEqualTo("Lucia Ferreira, City Council");
        assertThat(fields.get(4).theirs()).isEqualTo(Verdict.FALSE.label());
    }

    @Test
    void asTextNamesEveryFilledFieldSoMyVersionCanBePastedElsewhere() {
        ClaimContent mine = new ClaimContent("The tram costs 61 million euros.", Verdict.FALSE,
                "The budget says 61 million.\nPage 4.", List.of(new EvidenceDraft("https://example.org/budget", "p. 4")),
                List.of("budget"), List.of(MAYOR, COUNCIL), List.of(), List.of());

        assertThat(mine.asText()).isEqualTo("""
                Restatement: The tram costs 61 million euros.
                Claimant: Lucia Ferreira, City Council
                Verdict: %s
                Rationale:
                The budget says 61 million.
                Page 4.
                Sources: https://example.org/budget (p. 4)
                Tags: budget""".formatted(Verdict.FALSE.label()));
        assertThat(BASE.asText()).as("empty fields and \"not yet rated\" are left out")
                .isEqualTo("Restatement: The tram costs 48 million euros.\nClaimant: Lucia Ferreira\nTags: budget");
    }

    private static ClaimContent with(ClaimContent content, String restatement, String rationale) {
        return new ClaimContent(restatement, content.verdict(), rationale, content.evidence(), content.tags(),
                content.claimants(), content.subjects(), content.events());
    }
}
