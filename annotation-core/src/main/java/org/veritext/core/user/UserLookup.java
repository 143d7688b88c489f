package org.veritext.core.user;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives other domain services the account entity that their entities refer to (who created, who changed). It
 * checks no user: callers are services that have checked already.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class UserLookup {

    private final EntityManager entityManager;

    UserLookup(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The people with these ids, by id; ids without an account are missing. */
    public Map<UUID, Person> people(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return entityManager.createQuery("select u from UserAccount u where u.id in :ids", UserAccount.class)
                .setParameter("ids", Set.copyOf(ids)).getResultStream()
                .collect(Collectors.toMap(UserAccount::getId, Person::of));
    }

    /** Everyone who may sign in, by name: whom a manager can add to a project. */
    public List<Person> enabled() {
        return entityManager.createQuery("select u from UserAccount u where u.enabled = true order by u.username",
                UserAccount.class).getResultStream().map(Person::of).toList();
    }

    /** The enabled account with this username, as in an @mention. */
    public Optional<Person> byUsername(String username) {
        return entityManager.createQuery("select u from UserAccount u where u.username = :name and u.enabled = true",
                UserAccount.class).setParameter("name", username).getResultStream().findFirst().map(Person::of);
    }

    /** The account, loaded: for entities that refer to another user than the caller (a reviewer, a member). */
    public UserAccount require(UUID id) {
        UserAccount account = entityManager.find(UserAccount.class, id);
        if (account == null) {
            throw new org.veritext.core.NotFoundException("This account does not exist.");
        }
        return account;
    }

    /** The account of a signed-in user, without loading it: his id came from a checked sign-in. */
    public UserAccount reference(SignedInUser user) {
        return entityManager.getReference(UserAccount.class, user.id());
    }
}
