package org.coproduction.portal.signin;

/** The page shows needs or money, and the link that started this visit is older than a day. */
public class FreshLinkNeededException extends RuntimeException {
    public FreshLinkNeededException() {
        super("a fresh link is needed", null, false, false);
    }
}
