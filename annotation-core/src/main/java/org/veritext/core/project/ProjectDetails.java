package org.veritext.core.project;

import java.util.List;
import java.util.UUID;
import org.veritext.core.user.Person;

/** A project with its members, by role then name. */
public record ProjectDetails(UUID id, String name, String description, List<Member> members, long version) {

    /** A member and his role in the project. */
    public record Member(Person person, ProjectRole role) {
    }

    /** The members who have one of these roles: e.g. whom to offer as reviewers. */
    public List<Person> withRole(ProjectRole... roles) {
        List<ProjectRole> wanted = List.of(roles);
        return members.stream().filter(member -> wanted.contains(member.role())).map(Member::person).toList();
    }
}
