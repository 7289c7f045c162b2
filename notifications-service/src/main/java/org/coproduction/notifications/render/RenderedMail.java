package org.coproduction.notifications.render;

/** A message ready to send: html is null for people who asked for plain text only. */
public record RenderedMail(String subject, String html, String text) {}
