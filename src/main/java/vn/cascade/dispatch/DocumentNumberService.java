package vn.cascade.dispatch;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Outgoing document numbers per Decree 30/2020: one series per issuer, from 01 on 1 January to 31 December; numbers
 * below 10 are written with a leading zero; the symbol is the issuer's abbreviation and the drafting unit's, e.g.
 * {@code 562/UBND-KTTH}. The counter row is locked for update, so concurrent issues (also on several cluster nodes)
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

  public static String format(int number, String issuerSymbol, String draftingSymbol) {
    return String.format("%02d/%s-%s", number, issuerSymbol, draftingSymbol);
  }
}
