package org.coproduction.portal.signin;

/** The page needs a signed-in person and there is none (no cookie, or it ended): show how to get a link. */
public class SignInRequiredException extends RuntimeException {
    public SignInRequiredException() {
        super("sign-in required", null, false, false);
    }
}
