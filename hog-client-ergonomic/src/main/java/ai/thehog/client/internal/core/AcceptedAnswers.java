package ai.thehog.client.internal.core;

import ai.thehog.client.generated.HttpAnswer;
import ai.thehog.client.internal.json.AcceptedDecoder;
import ai.thehog.client.operation.AcceptedAnswer;
import ai.thehog.model.CompanySearchAccepted;
import ai.thehog.model.DeepResearchAccepted;
import ai.thehog.model.EnrichmentAccepted;
import ai.thehog.model.OperationAccepted;
import ai.thehog.model.PeopleSearchAccepted;
import ai.thehog.model.SearchAccepted;
import ai.thehog.model.WrappedAccepted;
import retrofit2.Call;
import retrofit2.Invocation;

/**
 * The typed {@link AcceptedAnswer} of a 202: the record comes from the generated method's
 * {@link HttpAnswer} for status 202 (the spec's schema of that operation's 202), its values from
 * {@link AcceptedDecoder}, which read the body whatever its shape.
 */
final class AcceptedAnswers {

  private AcceptedAnswers() {
  }

  /** The record the spec names for the 202 of the generated method behind {@code call}. */
  static Class<?> schemaOf(Call<?> call) {
    Invocation invocation = call.request().tag(Invocation.class);
    if (invocation != null) {
      for (HttpAnswer answer : invocation.method().getAnnotationsByType(HttpAnswer.class)) {
        if (answer.status() == 202) {
          return answer.body();
        }
      }
    }
    return OperationAccepted.class;
  }

  /** {@code accepted} (with an id) as the operation's typed answer. */
  static AcceptedAnswer of(OperationAccepted accepted, Class<?> schema, String requestId, String pollUrl) {
    Object body = AcceptedDecoder.typed(accepted, schema, requestId, pollUrl);
    if (body instanceof CompanySearchAccepted b) {
      return new AcceptedAnswer.CompanySearch(b);
    } else if (body instanceof PeopleSearchAccepted b) {
      return new AcceptedAnswer.PeopleSearch(b);
    } else if (body instanceof DeepResearchAccepted b) {
      return new AcceptedAnswer.DeepResearch(b);
    } else if (body instanceof EnrichmentAccepted b) {
      return new AcceptedAnswer.Enrichment(b);
    } else if (body instanceof SearchAccepted b) {
      return new AcceptedAnswer.Search(b);
    } else if (body instanceof WrappedAccepted b) {
      return new AcceptedAnswer.Wrapped(b);
    }
    return new AcceptedAnswer.Generic((OperationAccepted) AcceptedDecoder.typed(accepted, OperationAccepted.class,
        requestId, pollUrl));
  }
}
