package ai.thehog.sandbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * POST /api/enrichments. A single identifier without {@code signals} answers 200 at once; a batch or a
 * request for signals answers 202 and its operation's result is an EnrichmentBatchResult. Each person
 * costs one credit per requested field and is charged once (one ledger entry per identifier). A batch's
 * result reports what it was charged in {@code meta.cost{estimated, actual}}, except with real shapes.
 */
final class EnrichmentHandler {

  static final int MAX_IDENTIFIERS = 100;

  private EnrichmentHandler() {
  }

  /** Checks the spec cannot express; each error names the property. */
  static List<ApiErrors.FieldError> check(Map<String, Object> body) {
    List<ApiErrors.FieldError> errors = new ArrayList<>();
    Object one = body.get("identifier");
    Object many = body.get("identifiers");
    if (one != null && many != null) {
      errors.add(new ApiErrors.FieldError("identifiers", "identifier and identifiers are mutually exclusive: give one",
          Map.of("mutuallyExclusive", "identifier, identifiers")));
    } else if (one == null && many == null) {
      errors.add(new ApiErrors.FieldError("identifier", "identifier (one person) or identifiers (a batch) is required",
          Map.of("required", "identifier or identifiers")));
    }
    if (one instanceof Map<?, ?> m && !Identifiers.hasKnownKey(cast(m))) {
      errors.add(noKey("identifier"));
    }
    if (many instanceof List<?> list) {
      if (list.size() > MAX_IDENTIFIERS) {
        errors.add(new ApiErrors.FieldError("identifiers", "identifiers holds " + list.size()
            + " entries; at most " + MAX_IDENTIFIERS + " are allowed", Map.of("maxItems", "100")));
      }
      for (int i = 0; i < list.size(); i++) {
        if (list.get(i) instanceof Map<?, ?> m && !Identifiers.hasKnownKey(cast(m))) {
          errors.add(noKey("identifiers[" + i + "]"));
        }
      }
    }
    return errors;
  }

  private static ApiErrors.FieldError noKey(String property) {
    return new ApiErrors.FieldError(property, property + " has none of linkedin_url, email, x_handle, github_username",
        Map.of("identifierKeys", "at least one of linkedin_url, email, x_handle, github_username"));
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> cast(Map<?, ?> map) {
    return (Map<String, Object>) map;
  }

  static List<String> fields(Map<String, Object> body) {
    List<String> out = new ArrayList<>();
    if (body.get("fields") instanceof List<?> list) {
      for (Object f : list) {
        out.add(String.valueOf(f));
      }
    }
    return out;
  }

  static boolean wantsSignals(List<String> fields) {
    return fields.stream().anyMatch(f -> f.equals("signals") || f.startsWith("signals."));
  }

  static long costPerPerson(List<String> fields) {
    return Math.max(1, fields.size());
  }

  static ApiResponse handle(Call call) {
    Map<String, Object> body = call.bodyMap();
    List<String> fields = fields(body);
    long perPerson = costPerPerson(fields);
    Object one = body.get("identifier");
    if (one instanceof Map<?, ?> single && !wantsSignals(fields)) {
      Map<String, Object> identifier = cast(single);
      if (!call.canAfford(perPerson)) {
        return call.paymentRequired(perPerson);
      }
      call.charge(null, Identifiers.canonical(identifier), perPerson);
      Map<String, Object> data = Identifiers.atDomain(identifier, Identifiers.FAIL_DOMAIN)
          ? notFound(fields) : data(identifier, fields, body);
      return call.sync(data, perPerson, perPerson);
    }
    List<Map<String, Object>> people = new ArrayList<>();
    if (one instanceof Map<?, ?> m) {
      people.add(cast(m));
    } else {
      for (Object o : (List<?>) body.get("identifiers")) {
        people.add(cast((Map<?, ?>) o));
      }
    }
    long total = perPerson * people.size();
    if (!call.canAfford(total)) {
      return call.paymentRequired(total);
    }
    String operationId = Call.newOperationId();
    List<Object> records = new ArrayList<>();
    int failed = 0;
    int partial = 0;
    boolean cancel = false;
    for (Map<String, Object> identifier : people) {
      call.charge(operationId, Identifiers.canonical(identifier), perPerson);
      cancel |= Identifiers.atDomain(identifier, Identifiers.CANCEL_DOMAIN);
      if (Identifiers.atDomain(identifier, Identifiers.FAIL_DOMAIN)) {
        failed++;
        records.add(Json.obj("identifier", identifier, "status", "failed", "data", null,
            "error", Json.obj("message", "No results were found for the given input.")));
      } else if (Identifiers.atDomain(identifier, Identifiers.PARTIAL_DOMAIN)) {
        partial++;
        // The first half of the requested fields (rounded up) is found, the rest is not.
        int found = (fields.size() + 1) / 2;
        List<String> missing = fields.subList(found, fields.size());
        records.add(Json.obj("identifier", identifier, "status", "partial_success",
            "data", data(identifier, fields.subList(0, found), body),
            "error", Json.obj("message", missing.isEmpty()
                ? "The record was only partly verified."
                : "Some requested fields were not available: " + String.join(", ", missing))));
      } else {
        records.add(Json.obj("identifier", identifier, "status", "succeeded", "data", data(identifier, fields, body),
            "error", null));
      }
    }
    Map<String, Object> result = Json.obj("records", records);
    if (!call.realShapes()) {
      // What the batch was charged, as envelopes say it (doc 05); the official SDK's shapes carry no cost.
      result.put("meta", Json.obj("cost", Json.obj("estimated", total, "actual", total)));
    }
    SandboxOperation.Outcome outcome;
    String error = null;
    if (cancel) {
      outcome = SandboxOperation.Outcome.CANCELLED;
    } else if (failed == people.size()) {
      outcome = SandboxOperation.Outcome.FAILED;
      error = "No results were found for the given input.";
    } else if (failed + partial > 0) {
      outcome = SandboxOperation.Outcome.PARTIAL_SUCCESS;
      error = (failed + partial) + " of " + people.size() + " records did not fully succeed.";
    } else {
      outcome = SandboxOperation.Outcome.SUCCEEDED;
    }
    return call.accepted(operationId, outcome, result, error, total);
  }

  private static Map<String, Object> notFound(List<String> fields) {
    return Json.obj("notAvailable", List.copyOf(fields),
        "message", "No results were found for the given input.");
  }

  /** The enriched person keyed by the requested fields; unknown fields are listed in notAvailable. */
  static Map<String, Object> data(Map<String, Object> identifier, List<String> fields, Map<String, Object> body) {
    SyntheticData.Person p = SyntheticData.person(identifier);
    Map<String, Object> data = new LinkedHashMap<>();
    List<String> notAvailable = new ArrayList<>();
    Map<String, Map<String, Object>> groups = Map.of(
        "contact", p.contact(), "profile", p.profile(), "company", p.companyInfo());
    for (String field : fields) {
      int dot = field.indexOf('.');
      String group = dot < 0 ? field : field.substring(0, dot);
      String leaf = dot < 0 ? null : field.substring(dot + 1);
      if (group.equals("signals")) {
        data.put("signals", p.signals(maxPosts(body)));
      } else if (groups.containsKey(group)) {
        Map<String, Object> all = groups.get(group);
        @SuppressWarnings("unchecked")
        Map<String, Object> target = (Map<String, Object>) data.computeIfAbsent(group, g -> new LinkedHashMap<>());
        if (leaf == null) {
          target.putAll(all);
        } else if (all.containsKey(leaf)) {
          target.put(leaf, all.get(leaf));
          if (leaf.equals("email")) {
            target.put("emailVerified", all.get("emailVerified"));
          }
        } else {
          notAvailable.add(field);
        }
      } else {
        notAvailable.add(field);
      }
    }
    data.values().removeIf(v -> v instanceof Map<?, ?> m && m.isEmpty());
    if (!notAvailable.isEmpty()) {
      data.put("notAvailable", notAvailable);
    }
    return data;
  }

  private static int maxPosts(Map<String, Object> body) {
    if (body.get("signals_config") instanceof Map<?, ?> config && config.get("since_days") instanceof Number n) {
      return Math.max(1, Math.min(10, n.intValue() / 7));
    }
    return 3;
  }
}
