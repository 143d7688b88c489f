package org.veritext.core.assignment;

import java.time.Instant;
import org.veritext.core.user.Person;

/** Who is asked to do what with an article, since when. */
public record Assignment(Person person, Duty duty, Instant assignedAt) {
}
