package org.veritext.core.claim;

import java.time.Instant;
import java.util.List;
import org.veritext.core.changes.ChangeKind;
import org.veritext.core.user.Person;

/**
 * One change in a claim's history: who, when, what it was, and each field before → after.
 *
 * @param position   the change's place in the change log: what a restore names
 * @param restorable whether this version says something else than the claim does now (so restoring it changes it)
 */
public record HistoryEntry(long position, Instant at, Person by, ChangeKind kind, String title,
                           List<FieldChange> changes, boolean restorable) {

    /** One field that changed: its name, and its value before and after, as text. */
    public record FieldChange(String field, String before, String after) {
    }
}
