package vn.cascade.review;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/** Every review step of every process, from the features' {@link ReviewStep.Source} beans. */
@Component
public class ReviewCatalog {

  private final Map<String, ReviewStep> byTask = new HashMap<>();

  ReviewCatalog(List<ReviewStep.Source> sources) {
    for (ReviewStep.Source source : sources) {
      for (ReviewStep step : source.reviewSteps()) {
        if (byTask.put(step.taskId(), step) != null) {
          throw new IllegalStateException("two review steps for task " + step.taskId());
        }
      }
    }
  }

  public Optional<ReviewStep> step(String taskDefinitionKey) {
    return Optional.ofNullable(byTask.get(taskDefinitionKey));
  }

  /** The review whose last decision in {@code process} sent the work back, if any. */
  public Optional<ReviewStep> sentBack(VariableScope process) {
    return byTask.values().stream().filter(s -> s.back().equals(process.getVariable(s.decisionVar()))).findFirst();
  }

  public List<ReviewStep> steps() {
    return List.copyOf(byTask.values());
  }
}
