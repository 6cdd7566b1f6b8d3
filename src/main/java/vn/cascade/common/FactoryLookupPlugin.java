package vn.cascade.common;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Names two factory implementations as system properties before the engine starts, unless already set.
 *
 * <p>Camunda parses every timer cycle with a new {@code DurationHelper}, which calls
 * {@code DatatypeFactory.newInstance()}; Jakarta Mail asks for its {@code StreamProvider} for every header it
 * encodes. Without a system property each call searches the class path for a service file (3% of a 4,000-unit
 * fan-out, one timer per unit, and more of mail delivery). The properties name the implementations that search finds
 * anyway: the JDK's own datatype factory and Angus Mail's stream provider.
 */
@Component
public class FactoryLookupPlugin extends AbstractProcessEnginePlugin {

  static final String DATATYPE_FACTORY = "javax.xml.datatype.DatatypeFactory";
  static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    nameIfAvailable(DATATYPE_FACTORY, javax.xml.datatype.DatatypeFactory.DATATYPEFACTORY_IMPLEMENTATION_CLASS);
    nameIfAvailable(STREAM_PROVIDER, "org.eclipse.angus.mail.util.MailStreamProvider");
  }

  private static void nameIfAvailable(String property, String implementation) {
    if (System.getProperty(property) != null) {
      return;
    }
    try {
      Class.forName(implementation, false, FactoryLookupPlugin.class.getClassLoader());
      System.setProperty(property, implementation);
    } catch (ClassNotFoundException e) {
      // not on the class path: the factory is looked up as before
    }
  }
}
