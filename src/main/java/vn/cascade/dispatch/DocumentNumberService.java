package vn.cascade.dispatch;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Outgoing document numbers per Decree 30/2020: one series per issuer, from 01 on 1 January to 31 December; numbers
 * below 10 are written with a leading zero; the symbol follows the document's type ({@code DocumentType.numberSymbol}:
 * {@code 562/UBND-KTTH} for a công văn, {@code 05/BC-UBND} for a report); all types share the issuer's series. The counter row is locked for update, so concurrent issues (also on several cluster nodes)
 * never share a number; a first-of-the-year race ends in a unique-key violation that the job retry resolves.
 */
@Service
public class DocumentNumberService {

  private final DocumentCounterRepository counters;

  DocumentNumberService(DocumentCounterRepository counters) {
    this.counters = counters;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public int next(String issuerCode, int year) {
    DocumentCounter.Key key = new DocumentCounter.Key(issuerCode, year);
    DocumentCounter counter = counters.lockByKey(key).orElseGet(() -> new DocumentCounter(issuerCode, year));
    int number = counter.next();
    counters.saveAndFlush(counter);
    return number;
  }
}
