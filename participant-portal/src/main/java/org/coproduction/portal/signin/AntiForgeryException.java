package org.coproduction.portal.signin;

/** A form arrived without this visit's anti-forgery token: possibly from another site. Nothing is changed. */
public class AntiForgeryException extends RuntimeException {
    public AntiForgeryException() {
        super("anti-forgery token missing or wrong", null, false, false);
    }
}
