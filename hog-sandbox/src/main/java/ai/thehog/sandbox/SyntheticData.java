package ai.thehog.sandbox;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Plausible, deterministic people, companies and signals: everything generated for a seed (an
 * identifier, a query) comes from a random generator seeded by the SHA-256 of that seed, so the same
 * input always gives the same person.
 */
final class SyntheticData {

  private static final String[] FIRST = {"Jane", "Omar", "Priya", "Lukas", "Mei", "Carlos", "Amara", "Noah",
      "Sofia", "Kenji", "Fatima", "Liam", "Ines", "Ravi", "Chloe", "Mateo", "Hana", "Daniel", "Zara", "Elena"};
  private static final String[] LAST = {"Doe", "Haddad", "Sharma", "Becker", "Chen", "Ruiz", "Okafor", "Smith",
      "Rossi", "Tanaka", "Khan", "Murphy", "Silva", "Patel", "Martin", "Lopez", "Kim", "Novak", "Ali", "Petrov"};
  private static final String[] TITLES = {"VP of Sales", "Head of Growth", "Chief Revenue Officer",
      "Director of Marketing", "Senior Account Executive", "Founder & CEO", "Head of RevOps",
      "Engineering Manager", "Product Marketing Lead", "Sales Development Manager"};
  private static final String[] COMPANY_A = {"Acme", "Northwind", "Bluepeak", "Lumen", "Orbital", "Cobalt",
      "Evergreen", "Quanta", "Harbor", "Vertex"};
  private static final String[] COMPANY_B = {"Labs", "Systems", "Analytics", "Cloud", "Robotics", "Health",
      "Logistics", "Software", "Data", "Networks"};
  private static final String[] INDUSTRIES = {"Software", "Fintech", "Healthcare", "Logistics", "E-commerce",
      "Cybersecurity", "Manufacturing", "Media"};
  private static final String[] CITIES = {"San Francisco, CA, US", "New York, NY, US", "Austin, TX, US",
      "London, UK", "Berlin, DE", "Toronto, CA", "Singapore, SG", "Amsterdam, NL", "Paris, FR", "Sydney, AU"};
  private static final String[] SIGNAL_TYPES = {"hiring", "funding", "job_change", "product_launch",
      "intent_topic", "tech_adoption"};
  private static final String[] PLATFORMS = {"linkedin", "x", "github", "news"};
  private static final String[] TOPICS = {"sales automation", "data enrichment", "CRM migration",
      "outbound tooling", "revenue intelligence", "AI SDR"};

  private SyntheticData() {
  }

  static SplittableRandom random(String seed) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8));
      return new SplittableRandom(ByteBuffer.wrap(digest).getLong());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }

  private static String pick(SplittableRandom r, String[] values) {
    return values[r.nextInt(values.length)];
  }

  /** A person for an identifier (its keys in alphabetical order as the seed). */
  static Person person(Map<String, Object> identifier) {
    String seed = Identifiers.canonical(identifier);
    SplittableRandom r = random("person:" + seed);
    String first = pick(r, FIRST);
    String last = pick(r, LAST);
    String companyName = pick(r, COMPANY_A) + " " + pick(r, COMPANY_B);
    String domain = companyName.toLowerCase(Locale.ROOT).replace(" ", "") + ".com";
    Object given = identifier.get("email");
    String email = given instanceof String s && s.contains("@") ? s
        : (first + "." + last).toLowerCase(Locale.ROOT) + "@" + domain;
    String phone = String.format(Locale.ROOT, "+1-%03d-555-%04d", 200 + r.nextInt(700), r.nextInt(10_000));
    String slug = (first + "-" + last).toLowerCase(Locale.ROOT) + "-" + Integer.toString(r.nextInt(1 << 20), 36);
    Object linkedin = identifier.get("linkedin_url");
    String linkedinUrl = linkedin instanceof String s ? s : "https://www.linkedin.com/in/" + slug;
    return new Person(first, last, pick(r, TITLES), companyName, domain, pick(r, INDUSTRIES), pick(r, CITIES),
        email, r.nextInt(10) < 8, phone, linkedinUrl, 1 + r.nextInt(25), r.nextLong());
  }

  record Person(String firstName, String lastName, String title, String company, String companyDomain,
      String industry, String location, String email, boolean emailVerified, String phone, String linkedinUrl,
      int yearsExperience, long signalSeed) {

    String fullName() {
      return firstName + " " + lastName;
    }

    Map<String, Object> contact() {
      return Json.obj("email", email, "emailVerified", emailVerified, "phone", phone);
    }

    Map<String, Object> profile() {
      return Json.obj(
          "fullName", fullName(),
          "firstName", firstName,
          "lastName", lastName,
          "title", title,
          "headline", title + " at " + company,
          "location", location,
          "linkedinUrl", linkedinUrl,
          "yearsOfExperience", yearsExperience);
    }

    Map<String, Object> companyInfo() {
      Map<String, Object> info = SyntheticData.company(companyDomain);
      info.put("name", company);
      info.put("domain", companyDomain);
      info.put("industry", industry);
      return info;
    }

    List<Object> signals(int max) {
      return SyntheticData.signals("signals:" + signalSeed, max);
    }
  }

  static Map<String, Object> company(String seed) {
    SplittableRandom r = random("company:" + seed);
    String name = pick(r, COMPANY_A) + " " + pick(r, COMPANY_B);
    return Json.obj(
        "id", "comp_" + Long.toString(r.nextLong() & Long.MAX_VALUE, 36),
        "name", name,
        "domain", name.toLowerCase(Locale.ROOT).replace(" ", "") + ".com",
        "industry", pick(r, INDUSTRIES),
        "employee_count", 10L + r.nextInt(5000),
        "is_hiring", r.nextBoolean(),
        "location", pick(r, CITIES));
  }

  static List<Object> signals(String seed, int max) {
    SplittableRandom r = random(seed);
    int n = 1 + r.nextInt(Math.max(1, max));
    List<Object> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String type = pick(r, SIGNAL_TYPES);
      out.add(Json.obj(
          "type", type,
          "platform", pick(r, PLATFORMS),
          "topic", pick(r, TOPICS),
          "summary", summary(type, r),
          "confidence", Math.round((0.5 + r.nextDouble() / 2) * 100) / 100.0,
          "daysAgo", (long) r.nextInt(30)));
    }
    return out;
  }

  private static String summary(String type, SplittableRandom r) {
    switch (type) {
      case "hiring": return "Posted " + (2 + r.nextInt(10)) + " open sales roles";
      case "funding": return "Raised a Series " + "ABC".charAt(r.nextInt(3)) + " round";
      case "job_change": return "Started a new role in the last quarter";
      case "product_launch": return "Announced a new product line";
      case "tech_adoption": return "Adopted a new CRM";
      default: return "Engaged with content about " + pick(r, TOPICS);
    }
  }

  /** People for a search, the first {@code n} of a deterministic list. */
  static List<Object> people(String seed, int n) {
    List<Object> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Person p = person(Map.of("seed", seed + "#" + i));
      out.add(Json.obj(
          "id", "person_" + Integer.toHexString((seed + i).hashCode()),
          "fullName", p.fullName(),
          "title", p.title(),
          "company", p.company(),
          "location", p.location(),
          "linkedinUrl", p.linkedinUrl(),
          "icpScore", (long) (50 + random(seed + i).nextInt(50))));
    }
    return out;
  }
}
