package org.veritext.core.user;

import jakarta.persistence.EntityManager;
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

    /** The account of a signed-in user, without loading it: his id came from a checked sign-in. */
    public UserAccount reference(SignedInUser user) {
        return entityManager.getReference(UserAccount.class, user.id());
    }
}
