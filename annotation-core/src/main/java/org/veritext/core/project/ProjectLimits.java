package org.veritext.core.project;

import org.veritext.core.text.LengthLimit;

/** How long a project's fields may be. */
public final class ProjectLimits {

    public static final LengthLimit NAME = new LengthLimit("The project's name", 200, "Shorten it.");
    public static final LengthLimit DESCRIPTION = new LengthLimit("The description", 2000, "Shorten it.");

    private ProjectLimits() {
    }
}
