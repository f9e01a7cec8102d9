package ai.thehog.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.thehog.model.json.HogJson;
import ai.thehog.model.json.RoundedDown;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** An operation's progress is a number on pages 06 and 07: a fraction is read rounded down, not refused. */
class RoundedDownTest {

  private final JsonAdapter<Operation> operations = HogJson.moshi().adapter(Operation.class);

  private Integer progress(String json) throws IOException {
    return operations.fromJson("{\"id\":\"op_1\",\"status\":\"processing\",\"progress\":" + json + "}").progress();
  }

  @Test
  void aFractionIsRoundedDownAndAWholeNumberOrNullIsKept() throws IOException {
    assertThat(progress("37.5")).isEqualTo(37);
    assertThat(progress("99.99")).isEqualTo(99);
    assertThat(progress("3.75e1")).isEqualTo(37);
    assertThat(progress("40")).isEqualTo(40);
    assertThat(progress("0.2")).isZero();
    assertThat(progress("null")).isNull();
  }

  @Test
  void theGeneratedRecordCarriesTheMarkOnlyWhereTheSpecSetsIt() throws NoSuchMethodException {
    assertThat(Operation.class.getRecordComponents()).filteredOn(c -> c.isAnnotationPresent(RoundedDown.class))
        .extracting(c -> c.getName()).containsExactly("progress");
  }

  @Test
  void aNumberBeyondTheTypeOrNotANumberIsStillRefusedWithItsPath() {
    assertThatThrownBy(() -> progress("3000000000.5")).isInstanceOf(JsonDataException.class)
        .hasMessageContaining("$.progress");
    assertThatThrownBy(() -> progress("\"half\"")).isInstanceOf(JsonDataException.class)
        .hasMessageContaining("$.progress");
  }

  @Test
  void theRecordWritesAWholeNumber() {
    assertThat(operations.toJson(Operation.builder().id("op_1").status(OperationStatus.PROCESSING).progress(37).build()))
        .contains("\"progress\":37").doesNotContain("37.");
  }
}
