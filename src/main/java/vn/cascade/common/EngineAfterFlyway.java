package vn.cascade.common;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.spring.ProcessEngineFactoryBean;
import org.springframework.boot.autoconfigure.AbstractDependsOnBeanFactoryPostProcessor;
import org.springframework.stereotype.Component;

/**
 * The process engine is built after Flyway has migrated the database: Camunda's tables are Flyway's migration 8.90
 * ({@link CamundaSchema}), and the engine only checks them. Without this the engine could be built first and find
 * no tables.
 */
@Component
class EngineAfterFlyway extends AbstractDependsOnBeanFactoryPostProcessor {

  EngineAfterFlyway() {
    super(ProcessEngine.class, ProcessEngineFactoryBean.class, "flywayInitializer");
  }
}
