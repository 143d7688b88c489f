package org.veritext.app.ui.common;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Span;
import org.veritext.core.claim.Verdict;

/**
 * A claim's verdict as a small coloured label. The colour comes from the classes {@code verdict-badge
 * verdict-<NAME>} in veritext.css, which take the shared verdict colours of claim-text.css (loaded with the badge,
 * so a badge looks the same on every page); the label is always written out, so the colour is never the only sign.
 */
@StyleSheet("context://css/claim-text.css")
public class VerdictBadge extends Span {

    public VerdictBadge(Verdict verdict) {
        Verdict shown = verdict == null ? Verdict.NOT_YET_RATED : verdict;
        setText(shown.label());
        addClassNames("verdict-badge", "verdict-" + shown.name());
    }
}
