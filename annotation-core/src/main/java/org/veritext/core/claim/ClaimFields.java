package org.veritext.core.claim;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.veritext.core.DomainException;
import org.veritext.core.text.FieldText;

/** The editable fields of a claim, checked and cleaned (its links to actors and events are checked apart). */
record ClaimFields(String restatement, Verdict verdict, String rationale, List<Evidence> evidence, Set<String> tags) {

    static ClaimFields of(ClaimEdit edit) {
        Verdict verdict = edit.verdict() == null ? Verdict.NOT_YET_RATED : edit.verdict();
        String rationale = FieldText.optionalText(edit.rationale(), ClaimLimits.RATIONALE);
        if (verdict.isRated() && rationale.isEmpty()) {
            throw new DomainException("A verdict needs a rationale: say why the claim is \u201C"
                    + verdict.label().toLowerCase(Locale.ROOT) + "\u201D, or leave it \u201Cnot yet rated\u201D.");
        }
        return new ClaimFields(Claim.checkedRestatement(edit.restatement()), verdict, rationale,
                evidence(edit.evidence()), tags(edit.tags()));
    }

    private static List<Evidence> evidence(List<ClaimEdit.EvidenceDraft> drafts) {
        List<Evidence> evidence = new ArrayList<>();
        for (ClaimEdit.EvidenceDraft draft : drafts == null ? List.<ClaimEdit.EvidenceDraft>of() : drafts) {
            String url = FieldText.webAddress(draft.url(), ClaimLimits.EVIDENCE_URL);
            String note = FieldText.optionalText(draft.note(), ClaimLimits.EVIDENCE_NOTE);
            if (url.isEmpty() && note.isEmpty()) {
                continue; // an empty row of the form
            }
            if (url.isEmpty()) {
                throw new DomainException("A source needs its address (http:// or https://), not only a note.");
            }
            evidence.add(new Evidence(url, note));
        }
        if (evidence.size() > ClaimLimits.MAX_EVIDENCE) {
            throw new DomainException("A claim can have at most %d sources; this one has %d. Link a page that "
                    .formatted(ClaimLimits.MAX_EVIDENCE, evidence.size()) + "collects them.");
        }
        return evidence;
    }

    /** Tags as typed, a leading # dropped, each once whatever its case; stored in lower case for facets. */
    private static Set<String> tags(List<String> raw) {
        Set<String> tags = new LinkedHashSet<>();
        for (String typed : raw == null ? List.<String>of() : raw) {
            String tag = FieldText.optionalLine(typed == null ? "" : typed.strip().replaceFirst("^#+", ""),
                    ClaimLimits.TAG);
            if (!tag.isEmpty()) {
                tags.add(tag.toLowerCase(Locale.ROOT));
            }
        }
        if (tags.size() > ClaimLimits.MAX_TAGS) {
            throw new DomainException("A claim can have at most %d tags; this one has %d.".formatted(
                    ClaimLimits.MAX_TAGS,
                    tags.size()));
        }
        return tags;
    }
}
