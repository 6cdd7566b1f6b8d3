package vn.cascade.document;

import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place an outgoing document gets its number (dispatches, sub-dispatches, units' reports, the province's
 * consolidated report). Decree 30/2020: one series per issuer, from 01 on 1 January to 31 December, shared by all
 * types; numbers below 10 written with a leading zero; the symbol follows the type
 * ({@link DocumentType#numberSymbol}: {@code 562/UBND-KTTH} for a công văn, {@code 05/BC-UBND} for a report). The
 * counter row is locked for update, so concurrent issues (also on several cluster nodes) never share a number; a
 * first-of-the-year race ends in a unique-key violation that the job retry resolves.
 */
@Service
public class DocumentNumbers {

  private final DocumentCounterRepository counters;

  DocumentNumbers(DocumentCounterRepository counters) {
    this.counters = counters;
  }

  /** A document's place in its issuer's series. */
  public record Issued(int year, int number, String numberSymbol) {}

  /**
   * Takes the next number of {@code issuerCode}'s series for the year of {@code issuedOn}, in the caller's
   * transaction (so a rolled-back issue gives its number back).
   *
   * @param issuerSymbol the issuer's abbreviation in symbols ({@code UBND}, {@code STC})
   * @param draftingSymbol the drafting unit's abbreviation after the issuer's (công văn only), or null
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public Issued issue(DocumentType type, String issuerCode, String issuerSymbol, String draftingSymbol,
      LocalDate issuedOn) {
    int year = issuedOn.getYear();
    DocumentCounter.Key key = new DocumentCounter.Key(issuerCode, year);
    DocumentCounter counter = counters.lockByKey(key).orElseGet(() -> new DocumentCounter(issuerCode, year));
    int number = counter.next();
    counters.saveAndFlush(counter);
    return new Issued(year, number, type.numberSymbol(number, issuerSymbol, draftingSymbol));
  }
}
