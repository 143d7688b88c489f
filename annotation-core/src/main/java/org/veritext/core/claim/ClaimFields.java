package org.veritext.core.claim;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.veritext.core.DomainException;
import org.veritext.core.text.FieldText;
import org.veritext.core.text.LengthLimit;

/** The editable fields of a claim, checked and cleaned (its links to actors and events are checked apart). */
record ClaimFields(String restatement, Verdict verdict, String rationale, List<Evidence> evidence, Set<String> tags) {

    static final LengthLimit RATIONALE = new LengthLimit("The rationale", 5000,
            "Summarise it here and put the long version into a linked source.");
    static final LengthLimit EVIDENCE_URL = new LengthLimit("A source address", 2000,
            "Use the page's plain address, without tracking parameters.");
    static final LengthLimit EVIDENCE_NOTE = new LengthLimit("A source's note", 1000, "Shorten it.");
    static final LengthLimit TAG = new LengthLimit("A tag", 60, "Use a word or two.");
    static final int MAX_EVIDENCE = 30;
    static final int MAX_TAGS = 30;

    static ClaimFields of(ClaimEdit edit) {
        Verdict verdict = edit.verdict() == null ? Verdict.NOT_YET_RATED : edit.verdict();
        String rationale = FieldText.optionalText(edit.rationale(), RATIONALE);
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
            String url = FieldText.webAddress(draft.url(), EVIDENCE_URL);
            String note = FieldText.optionalText(draft.note(), EVIDENCE_NOTE);
            if (url.isEmpty() && note.isEmpty()) {
                continue; // an empty row of the form
            }
            if (url.isEmpty()) {
                throw new DomainException("A source needs its address (http:// or https://), not only a note.");
            }
            evidence.add(new Evidence(url, note));
        }
        if (evidence.size() > MAX_EVIDENCE) {
            throw new DomainException("A claim can have at most %d sources; this one has %d. Link a page that "
                    .formatted(MAX_EVIDENCE, evidence.size()) + "collects them.");
        }
        return evidence;
    }

    /** Tags as typed, a leading # dropped, each once whatever its case; stored in lower case for facets. */
    private static Set<String> tags(List<String> raw) {
        Set<String> tags = new LinkedHashSet<>();
        for (String typed : raw == null ? List.<String>of() : raw) {
            String tag = FieldText.optionalLine(typed == null ? "" : typed.strip().replaceFirst("^#+", ""), TAG);
            if (!tag.isEmpty()) {
                tags.add(tag.toLowerCase(Locale.ROOT));
            }
        }
        if (tags.size() > MAX_TAGS) {
            throw new DomainException("A claim can have at most %d tags; this one has %d.".formatted(MAX_TAGS,
                    tags.size()));
        }
        return tags;
    }
}
