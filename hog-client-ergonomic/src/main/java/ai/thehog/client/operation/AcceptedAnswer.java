package ai.thehog.client.operation;

import ai.thehog.model.CompanySearchAccepted;
import ai.thehog.model.DeepResearchAccepted;
import ai.thehog.model.EnrichmentAccepted;
import ai.thehog.model.OperationAccepted;
import ai.thehog.model.PeopleSearchAccepted;
import ai.thehog.model.SearchAccepted;
import ai.thehog.model.WrappedAccepted;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The 202 answer that started an operation, as the record the spec names for that operation's 202
 * (the API's contract, page 07), whatever shape the API sent it in: page 07's, the official SDK's
 * (page 06), snake_case, wrapped in {@code data}, or the older pages' {@code {operationId, pollUrl}}.
 * Switch on it for the typed body; {@link #id()}, {@link #pollUrl()} and {@link #requestId()} are
 * the same whichever it is. What a shape lacks is filled in: the status {@code queued} (what a 202
 * means), the poll URL the client polls, the request id of the X-Request-Id header.
 */
public sealed interface AcceptedAnswer {

  /**
   * The operation's id.
   *
   * @return the id
   */
  String id();

  /**
   * Where the operation is read: as the API sent it (absolute or relative), or the URL the client
   * polls when it sent none.
   *
   * @return the poll URL
   */
  String pollUrl();

  /**
   * The request id of the 202 as its record holds it: the body's, else the X-Request-Id header's. A
   * company search's record has no {@code meta}, so no place for it: read {@link HogOperation#meta()}.
   *
   * @return the request id, or empty when there is none
   */
  Optional<String> requestId();

  /**
   * The typed body: one of the records of the permitted types' {@code body()}.
   *
   * @return the body
   */
  Object body();

  /**
   * The body as {@code type}, when it is one.
   *
   * @param type the record expected, e.g. {@code CompanySearchAccepted.class}
   * @param <A> the record type
   * @return the body, or empty when this operation's 202 is another record
   */
  default <A> Optional<A> body(Class<A> type) {
    return type.isInstance(body()) ? Optional.of(type.cast(body())) : Optional.empty();
  }

  /**
   * The 202 of a company search ({@code POST /api/v1/companies/search}).
   *
   * @param body the answer
   */
  record CompanySearch(CompanySearchAccepted body) implements AcceptedAnswer {
    /**
     * Checks the body is present.
     *
     * @param body the answer
     */
    public CompanySearch {
      Objects.requireNonNull(body, "body");
    }

    @Override
    public String id() {
      return body.id();
    }

    @Override
    public String pollUrl() {
      return body.pollUrl();
    }

    @Override
    public Optional<String> requestId() {
      return Optional.empty();
    }
  }

  /**
   * The 202 of a people search ({@code POST /api/v1/people/search}).
   *
   * @param body the answer
   */
  record PeopleSearch(PeopleSearchAccepted body) implements AcceptedAnswer {
    /**
     * Checks the body is present.
     *
     * @param body the answer
     */
    public PeopleSearch {
      Objects.requireNonNull(body, "body");
    }

    @Override
    public String id() {
      return body.id();
    }

    @Override
    public String pollUrl() {
      return body.pollUrl();
    }

    @Override
    public Optional<String> requestId() {
      Map<String, Object> meta = body.meta();
      return meta != null && meta.get("requestId") instanceof String id ? Optional.of(id) : Optional.empty();
    }
  }

  /**
   * The 202 of deep research ({@code POST /api/deep-research}), with the schema it will fill.
   *
   * @param body the answer
   */
  record DeepResearch(DeepResearchAccepted body) implements AcceptedAnswer {
    /**
     * Checks the body is present.
     *
     * @param body the answer
     */
    public DeepResearch {
      Objects.requireNonNull(body, "body");
    }

    @Override
    public String id() {
      return body.id();
    }

    @Override
    public String pollUrl() {
      return body.pollUrl();
    }

    @Override
    public Optional<String> requestId() {
      return Optional.ofNullable(body.meta() == null ? null : body.meta().requestId());
    }
  }

  /**
   * The 202 of an enrichment ({@code POST /api/enrichments}).
   *
   * @param body the answer
   */
  record Enrichment(EnrichmentAccepted body) implements AcceptedAnswer {
    /**
     * Checks the body is present.
     *
     * @param body the answer
     */
    public Enrichment {
      Objects.requireNonNull(body, "body");
    }

    @Override
    public String id() {
      return body.id();
    }

    @Override
    public String pollUrl() {
      return body.pollUrl();
    }

    @Override
    public Optional<String> requestId() {
      return Optional.ofNullable(body.meta() == null ? null : body.meta().requestId());
    }
  }

  /**
   * The 202 of a search job ({@code POST /api/v1/search}), snake_case on the wire.
   *
   * @param body the answer
   */
  record Search(SearchAccepted body) implements AcceptedAnswer {
    /**
     * Checks the body is present.
     *
     * @param body the answer
     */
    public Search {
      Objects.requireNonNull(body, "body");
    }

    @Override
    public String id() {
      return body.id();
    }

    @Override
    public String pollUrl() {
      return body.pollUrl();
    }

    @Override
    public Optional<String> requestId() {
      return Optional.ofNullable(body.meta() == null ? null : body.meta().requestId());
    }
  }

  /**
   * The 202 of a crawl, a scrape job, a batch scrape or a profile's posts: the handle in {@code data}.
   *
   * @param body the answer
   */
  record Wrapped(WrappedAccepted body) implements AcceptedAnswer {
    /**
     * Checks the body and its handle are present.
     *
     * @param body the answer
     */
    public Wrapped {
      Objects.requireNonNull(body, "body");
      Objects.requireNonNull(body.data(), "body.data");
    }

    @Override
    public String id() {
      return body.data().id();
    }

    @Override
    public String pollUrl() {
      return body.data().pollUrl();
    }

    @Override
    public Optional<String> requestId() {
      return Optional.ofNullable(body.meta() == null ? null : body.meta().requestId());
    }
  }

  /**
   * The 202 of an operation of the older generation (people enrichment, content generation), whose
   * pages describe one shape for all of them.
   *
   * @param body the answer
   */
  record Generic(OperationAccepted body) implements AcceptedAnswer {
    /**
     * Checks the body is present.
     *
     * @param body the answer
     */
    public Generic {
      Objects.requireNonNull(body, "body");
    }

    @Override
    public String id() {
      return body.id();
    }

    @Override
    public String pollUrl() {
      return body.pollUrl();
    }

    @Override
    public Optional<String> requestId() {
      return Optional.ofNullable(body.meta() == null ? null : body.meta().requestId());
    }
  }
}
