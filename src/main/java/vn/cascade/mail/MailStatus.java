package vn.cascade.mail;

public enum MailStatus {
  /** Waiting for its send job. */
  PENDING,
  /** A reminder waiting for the daily digest of its recipient. */
  DIGEST_PENDING,
  /** Went out inside a digest mail (see {@code digestId}). */
  IN_DIGEST,
  SENT,
  /** No mail server is configured; kept for the record. */
  NOT_SENT
}
