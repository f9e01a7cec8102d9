package ai.thehog.client.enrichment;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An enrichment field: the dotted path you request in {@code fields} and read back in the data, and
 * the Java type its value is read as. The constants cover the fields the doc pages name
 * ({@code contact.email}, {@code contact.phone}, {@code profile}, {@code signals}) and the rest of the
 * sandbox's catalogue; a server that does not know one lists it in {@code notAvailable}. Name any
 * other field with {@link #of(String, Class)}, {@link #object(String)} or {@link #list(String)}.
 *
 * <p>Numbers are read exactly: a value that does not fit the field's type (a fraction read as
 * {@code Long}, a number whose {@code double} does not print back as the same decimal read as
 * {@code Double}) is refused, never rounded; {@code BigDecimal} holds any number. Immutable.
 *
 * @param <T> the Java type of the value
 */
public final class EnrichmentField<T> {

  private static final Pattern PATH = Pattern.compile("[A-Za-z0-9_\\-]+(\\.[A-Za-z0-9_\\-]+)*");
  private static final Set<Class<?>> SCALARS = Set.of(String.class, Boolean.class, Long.class, Integer.class,
      Double.class, BigDecimal.class, BigInteger.class, Number.class, Object.class);

  /** The whole contact group ({@code contact}): email, emailVerified, phone. */
  public static final EnrichmentField<Map<String, Object>> CONTACT = object("contact");
  /** The person's email ({@code contact.email}). */
  public static final EnrichmentField<String> CONTACT_EMAIL = of("contact.email", String.class);
  /** Whether the email was verified ({@code contact.emailVerified}, sent along with the email). */
  public static final EnrichmentField<Boolean> CONTACT_EMAIL_VERIFIED = of("contact.emailVerified", Boolean.class);
  /** The person's phone number ({@code contact.phone}). */
  public static final EnrichmentField<String> CONTACT_PHONE = of("contact.phone", String.class);
  /** The whole profile group ({@code profile}). */
  public static final EnrichmentField<Map<String, Object>> PROFILE = object("profile");
  /** Full name ({@code profile.fullName}). */
  public static final EnrichmentField<String> PROFILE_FULL_NAME = of("profile.fullName", String.class);
  /** First name ({@code profile.firstName}). */
  public static final EnrichmentField<String> PROFILE_FIRST_NAME = of("profile.firstName", String.class);
  /** Last name ({@code profile.lastName}). */
  public static final EnrichmentField<String> PROFILE_LAST_NAME = of("profile.lastName", String.class);
  /** Current job title ({@code profile.title}). */
  public static final EnrichmentField<String> PROFILE_TITLE = of("profile.title", String.class);
  /** Headline ({@code profile.headline}). */
  public static final EnrichmentField<String> PROFILE_HEADLINE = of("profile.headline", String.class);
  /** Where the person is, in plain words ({@code profile.location}). */
  public static final EnrichmentField<String> PROFILE_LOCATION = of("profile.location", String.class);
  /** LinkedIn profile URL ({@code profile.linkedinUrl}). */
  public static final EnrichmentField<String> PROFILE_LINKEDIN_URL = of("profile.linkedinUrl", String.class);
  /** Years of work experience ({@code profile.yearsOfExperience}). */
  public static final EnrichmentField<Long> PROFILE_YEARS_OF_EXPERIENCE =
      of("profile.yearsOfExperience", Long.class);
  /** The whole current-company group ({@code company}). */
  public static final EnrichmentField<Map<String, Object>> COMPANY = object("company");
  /** Company id ({@code company.id}). */
  public static final EnrichmentField<String> COMPANY_ID = of("company.id", String.class);
  /** Company name ({@code company.name}). */
  public static final EnrichmentField<String> COMPANY_NAME = of("company.name", String.class);
  /** Company web domain ({@code company.domain}). */
  public static final EnrichmentField<String> COMPANY_DOMAIN = of("company.domain", String.class);
  /** Company industry ({@code company.industry}). */
  public static final EnrichmentField<String> COMPANY_INDUSTRY = of("company.industry", String.class);
  /** Number of employees ({@code company.employee_count}). */
  public static final EnrichmentField<Long> COMPANY_EMPLOYEE_COUNT = of("company.employee_count", Long.class);
  /** Whether the company is hiring ({@code company.is_hiring}). */
  public static final EnrichmentField<Boolean> COMPANY_IS_HIRING = of("company.is_hiring", Boolean.class);
  /** Where the company is, in plain words ({@code company.location}). */
  public static final EnrichmentField<String> COMPANY_LOCATION = of("company.location", String.class);
  /** Recent signals ({@code signals}), each a JSON object (type, platform, summary, ...). */
  public static final EnrichmentField<List<Object>> SIGNALS = list("signals");

  private final String path;
  private final Class<?> type;
  private final String typeName;

  private EnrichmentField(String path, Class<?> type, String typeName) {
    this.path = path;
    this.type = type;
    this.typeName = typeName;
  }

  /**
   * A field with a scalar value.
   *
   * @param path the dotted path, e.g. {@code "profile.title"}
   * @param type String, Boolean, Long, Integer, Double, BigDecimal, BigInteger, Number or Object
   * @param <T> the value's type
   * @return the field
   * @throws IllegalArgumentException when the path is not dotted names, or the type is not one of those
   *     (use {@link #object(String)} or {@link #list(String)} for JSON objects and arrays)
   */
  public static <T> EnrichmentField<T> of(String path, Class<T> type) {
    Objects.requireNonNull(type, "type");
    if (!SCALARS.contains(type)) {
      throw new IllegalArgumentException("EnrichmentField type " + type.getName() + " is not supported: use String,"
          + " Boolean, Long, Integer, Double, BigDecimal, BigInteger, Number or Object, and object(path) or"
          + " list(path) for JSON objects and arrays");
    }
    return new EnrichmentField<>(checked(path), type, type.getSimpleName());
  }

  /**
   * A field whose value is a JSON object, read as an unmodifiable map.
   *
   * @param path the dotted path, e.g. {@code "company"}
   * @return the field
   * @throws IllegalArgumentException when the path is not dotted names
   */
  public static EnrichmentField<Map<String, Object>> object(String path) {
    return new EnrichmentField<>(checked(path), Map.class, "JSON object");
  }

  /**
   * A field whose value is a JSON array, read as an unmodifiable list.
   *
   * @param path the dotted path, e.g. {@code "signals"}
   * @return the field
   * @throws IllegalArgumentException when the path is not dotted names
   */
  public static EnrichmentField<List<Object>> list(String path) {
    return new EnrichmentField<>(checked(path), List.class, "JSON array");
  }

  /**
   * The paths of {@code fields}, in order, for a request's {@code fields}.
   *
   * @param fields the fields
   * @return their paths
   */
  public static List<String> paths(EnrichmentField<?>... fields) {
    return paths(List.of(fields));
  }

  /**
   * The paths of {@code fields}, in order, for a request's {@code fields}.
   *
   * @param fields the fields
   * @return their paths
   */
  public static List<String> paths(Collection<? extends EnrichmentField<?>> fields) {
    return fields.stream().map(EnrichmentField::path).toList();
  }

  private static String checked(String path) {
    if (path == null || !PATH.matcher(path).matches()) {
      throw new IllegalArgumentException("an enrichment field path is names joined by dots, e.g. \"profile.title\";"
          + " got " + (path == null ? "null" : "\"" + path + "\""));
    }
    return path;
  }

  /**
   * The dotted path, as requested and as read back.
   *
   * @return the path
   */
  public String path() {
    return path;
  }

  /**
   * The Java type the value is read as ({@code Map} for objects, {@code List} for arrays).
   *
   * @return the type
   */
  public Class<?> type() {
    return type;
  }

  List<String> segments() {
    return List.of(path.split("\\."));
  }

  /** The value as this field's type; null for null; throws naming the field when it is not one. */
  @SuppressWarnings("unchecked")
  T read(Object raw) {
    if (raw == null) {
      return null;
    }
    Object value = JsonValues.convert(raw, type);
    if (value == null) {
      throw new IllegalStateException("enrichment field " + path + " holds " + JsonValues.kind(raw)
          + ", which cannot be read exactly as " + typeName);
    }
    return (T) value;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof EnrichmentField<?> field && field.path.equals(path) && field.type.equals(type);
  }

  @Override
  public int hashCode() {
    return path.hashCode() * 31 + type.hashCode();
  }

  @Override
  public String toString() {
    return path + " (" + typeName + ")";
  }
}
