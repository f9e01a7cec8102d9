package ai.thehog.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.thehog.client.common.CreditBudget;
import org.junit.jupiter.api.Test;

/** The one budget kept batch by batch, used by {@code enrichAll} and by the fixtures engine. */
class CreditBudgetTest {

  @Test
  void withoutAPriceNothingIsReservedSoNothingIsSent() {
    CreditBudget budget = CreditBudget.of(1_000);

    assertThat(budget.priceKnown()).isFalse();
    assertThat(budget.tryReserve(1)).isEmpty();
    assertThatThrownBy(() -> budget.maxCost(1)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("learnPrice");
  }

  @Test
  void aBatchIsReservedAtItsHighestKnownPriceAndRefusedWhenItCouldPassTheBudget() {
    CreditBudget budget = CreditBudget.of(250);
    budget.learnPrice(1, 1);
    budget.learnPrice(3, 2);       // 1.5 per identifier-field: the highest wins
    budget.learnPrice(1, 10);      // lower: ignored

    CreditBudget.Reservation first = budget.tryReserve(100).orElseThrow();
    assertThat(first.credits()).isEqualTo(150);
    assertThat(budget.remainingCredits()).isEqualTo(100);
    assertThat(budget.tryReserve(100)).as("150 more could pass 250").isEmpty();
    assertThat(budget.maxCost(3)).as("4.5, rounded up").isEqualTo(5);

    first.settle(150L, 120L);      // the actual cost replaces the reservation
    assertThat(budget.spentCredits()).isEqualTo(120);
    assertThat(budget.remainingCredits()).isEqualTo(130);
    assertThat(budget.tryReserve(100)).isEmpty();
    assertThat(budget.tryReserve(80)).hasValueSatisfying(r -> assertThat(r.credits()).isEqualTo(120));
    assertThatThrownBy(() -> first.settle(null, 1L)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aBatchWhoseCostWasNotStatedCountsAtTheMostItCouldCostAndItsStatedCostTeachesThePrice() {
    CreditBudget budget = CreditBudget.of(100);
    budget.learnPrice(1, 1);

    budget.tryReserve(10).orElseThrow().settle(null, null);
    assertThat(budget.spentCredits()).isEqualTo(10);

    budget.tryReserve(10).orElseThrow().settle(40L, null);   // the estimate, when no actual cost
    assertThat(budget.spentCredits()).isEqualTo(50);
    assertThat(budget.maxCost(10)).as("learned: 4 per identifier-field").isEqualTo(40);
  }

  @Test
  void earlierSpendAndWorkAlreadySentCountButAreNeverRefused() {
    CreditBudget budget = CreditBudget.of(100);
    budget.spend(70);
    budget.learnPrice(1, 1);

    CreditBudget.Reservation sent = budget.reserveUnchecked(50);   // paid for whatever the budget says
    assertThat(budget.remainingCredits()).isZero();
    assertThat(budget.tryReserve(1)).isEmpty();
    sent.settle(null, 20L);
    assertThat(budget.spentCredits()).isEqualTo(90);
    assertThat(budget.tryReserve(11)).isEmpty();
    assertThat(budget.tryReserve(10)).isPresent();

    CreditBudget unpriced = CreditBudget.of(10);
    CreditBudget.Reservation probe = unpriced.reserveUnchecked(3);
    assertThat(probe.credits()).isZero();
    probe.settle(6L, null);
    assertThat(unpriced.priceKnown()).isTrue();
    assertThat(unpriced.maxCost(1)).isEqualTo(2);
    assertThatThrownBy(() -> unpriced.spend(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CreditBudget.of(-1)).isInstanceOf(IllegalArgumentException.class);
  }
}
