package vn.cascade.common;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import org.camunda.bpm.engine.impl.util.ExceptionUtil;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles({"test", "demo"})
@ExtendWith(OutputCaptureExtension.class)
class RefusalLogFilterTest {

  @Test
  void aRefusalWrappedByCamundasRestLayerIsNotLoggedAsAServerErrorOtherFailuresAre(CapturedOutput output) {
    assertThat(((LoggerContext) LoggerFactory.getILoggerFactory()).getTurboFilterList())
        .hasAtLeastOneElementOfType(RefusalLogFilter.class);
    org.slf4j.Logger camunda = LoggerFactory.getLogger("org.camunda.bpm.engine.rest.exception");
    RestException refusal = new RestException(jakarta.ws.rs.core.Response.Status.INTERNAL_SERVER_ERROR,
        new InvalidInputException("specialist", "Chưa chọn chuyên viên."), "Cannot submit task form 1");
    RestException bug = new RestException(jakarta.ws.rs.core.Response.Status.INTERNAL_SERVER_ERROR,
        new IllegalStateException("a bug"), "Cannot submit task form 2");
    // as Camunda's ExceptionLogger does: the status and the stack trace as text
    camunda.warn("ENGINE-REST-HTTP{} {}", "500", ExceptionUtil.getExceptionStacktrace(refusal));
    camunda.warn("ENGINE-REST-HTTP{} {}", "500", ExceptionUtil.getExceptionStacktrace(bug));
    // and as its logger does it: the whole text formatted first
    camunda.warn("ENGINE-REST-HTTP500 " + ExceptionUtil.getExceptionStacktrace(refusal).replace("form 1", "form 3"));
    assertThat(output.getAll()).doesNotContain("Cannot submit task form 1", "Cannot submit task form 3")
        .contains("Cannot submit task form 2");
  }
}
