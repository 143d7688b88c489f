package org.veritext.core.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A source that supports a verdict: where it is, and what it shows. */
@Embeddable
public record Evidence(
        @Column(name = "url", nullable = false, length = 2000) String url,
        @Column(name = "note", nullable = false, length = 1000) String note) {
}
