package org.veritext.core.user;

import java.util.UUID;

/**
 * A signed-in principal that knows its account's id, so that services need not look it up by name. The app's
 * sign-in produces one; a principal without it (a test's mock user) is looked up by username.
 */
public interface AccountPrincipal {

    UUID accountId();
}
