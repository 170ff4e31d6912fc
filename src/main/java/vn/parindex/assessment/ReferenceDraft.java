package vn.parindex.assessment;

import java.time.LocalDate;

/** A document reference as entered: "123/QĐ-UBND" of a date by an issuer, with an optional link. */
public record ReferenceDraft(String title, String number, LocalDate date, String issuer, String link) {}
