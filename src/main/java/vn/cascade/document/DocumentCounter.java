package vn.cascade.document;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;

/** The last number issued by an issuer in a year (Decree 30/2020: the series restarts each 1 January). */
@Entity
@Table(name = "document_counter")
class DocumentCounter {

  @EmbeddedId
  private Key key;

  @Column(name = "last_number")
  private int lastNumber;

  protected DocumentCounter() {}

  DocumentCounter(String issuerCode, int year) {
    this.key = new Key(issuerCode, year);
  }

  int next() {
    return ++lastNumber;
  }

  @Embeddable
  record Key(@Column(name = "issuer_code") String issuerCode, @Column(name = "issue_year") int issueYear)
      implements Serializable {}
}
