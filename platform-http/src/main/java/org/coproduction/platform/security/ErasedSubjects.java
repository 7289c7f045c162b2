package org.coproduction.platform.security;

import java.util.UUID;

/**
 * Implemented by each service (one bean) over its own store of tombstones: whether a participant was erased. The
 * platform's request filter refuses any token whose subject is an erased participant with a 401, in every service,
 * for as long as the tombstone is kept (at least the longest a token may live).
 */
public interface ErasedSubjects {

    boolean isErased(UUID participantId);
}
