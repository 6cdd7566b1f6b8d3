package vn.cascade.organisation;

import java.util.Objects;
import org.camunda.bpm.engine.identity.User;

/**
 * A Vietnamese name, in Vietnamese order: family name, middle name, given name ("Trịnh Thu Hà"). This is the one
 * place that maps it onto Camunda's user fields: <b>first name = family and middle name</b> (họ và tên đệm,
 * "Trịnh Thu"), <b>last name = given name</b> (tên, "Hà"). Camunda's webapps show "first last", which is then the
 * Vietnamese order; Cascade's mails, forms, documents and API use {@link #full()}. Lists of people are sorted the
 * Vietnamese way, by given name first ({@link #sortKey()}).
 */
public record PersonName(String familyAndMiddle, String given) {

  public PersonName {
    familyAndMiddle = clean(familyAndMiddle);
    given = clean(given);
  }

  /** The name of a full name written in Vietnamese order: the last word is the given name. */
  public static PersonName parse(String fullName) {
    String full = clean(fullName);
    int space = full.lastIndexOf(' ');
    return space < 0 ? new PersonName("", full) : new PersonName(full.substring(0, space), full.substring(space + 1));
  }

  /** The name a Camunda user carries. */
  public static PersonName of(User user) {
    return new PersonName(user.getFirstName(), user.getLastName());
  }

  /** Writes this name into a Camunda user's fields. */
  public User applyTo(User user) {
    user.setFirstName(familyAndMiddle);
    user.setLastName(given);
    return user;
  }

  /** "Trịnh Thu Hà". */
  public String full() {
    return (familyAndMiddle + " " + given).trim();
  }

  /** Given name first, then family and middle name: the order of a Vietnamese list of names. */
  public String sortKey() {
    return given + " " + familyAndMiddle;
  }

  @Override
  public String toString() {
    return full();
  }

  private static String clean(String part) {
    return Objects.toString(part, "").trim().replaceAll("\\s+", " ");
  }
}
