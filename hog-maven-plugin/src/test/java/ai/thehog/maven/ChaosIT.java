package ai.thehog.maven;

import static org.assertj.core.api.Assertions.assertThat;

import ai.thehog.fixtures.RecordKey;
import ai.thehog.model.json.HogJson;
import ai.thehog.client.HogEnvironment;
import ai.thehog.sandbox.HogSandbox;
import com.squareup.moshi.JsonAdapter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real Maven builds of {@code hog:enrich} against hog-sandbox (operations take 1 s), treated as a
 * hostile user would: each build killed with SIGKILL at a random point while a fixture grows by new
 * people at its top between the kill and the re-run, then two builds started together on the same
 * project. Afterwards every person of the fixtures was charged exactly once, every record is in
 * the outputs and the cache, every line of both is valid, and no temporary file is left. Prints its
 * figures; the random seed is printed too, and {@code -Dhog.chaosSeed} replays a run.
 */
class ChaosIT {

  private static final String ACCESS_KEY = "ak_it_chaos";
  private static final String SECRET_KEY = "sk_it_chaos_Secret_51be";
  private static final String GOAL = "ai.thehog:hog-maven-plugin:" + System.getProperty("hog.version") + ":enrich";
  private static final JsonAdapter<Object> JSON = HogJson.moshi().adapter(Object.class);
  private static final int KILLS = 10;
  private static final int ADDED_PER_ROUND = 30;

  @TempDir
  Path project;

  private final List<String> people = new ArrayList<>();
  private final List<String> team = new ArrayList<>();
  private int nextPerson;

  @Test
  void killedConcurrentAndEditedBuildsChargeEachPersonOnceAndLoseNothing() throws Exception {
    long seed = Long.getLong("hog.chaosSeed", System.nanoTime());
    Random random = new Random(seed);
    long started = System.nanoTime();
    HogSandbox sandbox = HogSandbox.builder().port(0).accessKey(ACCESS_KEY).secretKey(SECRET_KEY)
        .timeScale(10).operationDuration(Duration.ofSeconds(10)).build();
    sandbox.start();
    try {
      Files.writeString(project.resolve("pom.xml"), """
          <project xmlns="http://maven.apache.org/POM/4.0.0">
            <modelVersion>4.0.0</modelVersion>
            <groupId>it.hog</groupId>
            <artifactId>chaos</artifactId>
            <version>1</version>
            <packaging>pom</packaging>
          </project>
          """);
      addPeople(230);
      for (int i = 0; i < 40; i++) {
        team.add("t" + i + "@crew.example");
      }
      writeFixtures();

      int kills = 0;
      int killsInFlight = 0;
      int completed = 0;
      int builds = 0;
      while (kills < KILLS) {
        Path state = project.resolve("src/test/hog/.hog-cache.jsonl.d/in-flight.jsonl");
        String stateBefore = Files.exists(state) ? Files.readString(state) : "";
        Process build = start(sandbox);
        builds++;
        // A random point of the plugin's work: from the moment it logs that it starts enriching.
        Output output = Output.of(build);
        boolean ended = !output.awaitLine("Enriching with The Hog API", Duration.ofSeconds(60));
        if (!ended && random.nextBoolean()) {
          // half of the kills land while batches are in flight (planned, sent or polled)
          long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
          while (!(Files.exists(state) && !Files.readString(state).equals(stateBefore)) && build.isAlive()
              && System.nanoTime() < deadline) {
            Thread.sleep(20);
          }
          ended = build.waitFor(random.nextInt(2000), TimeUnit.MILLISECONDS);
        } else if (!ended) {
          // the others anywhere from the start of the plugin's work
          ended = build.waitFor(random.nextInt(6000), TimeUnit.MILLISECONDS);
        }
        if (ended) {
          assertThat(build.waitFor(2, TimeUnit.MINUTES)).isTrue();
          output.join();
          assertThat(build.exitValue()).as(output.text()).isZero();
          completed++;
        } else {
          if (Files.exists(state) && !Files.readString(state).equals(stateBefore)) {
            killsInFlight++; // this build had planned, sent or finished batches
          }
          build.destroyForcibly(); // SIGKILL
          assertThat(build.waitFor(30, TimeUnit.SECONDS)).isTrue();
          kills++;
        }
        // The fixtures are edited between a kill and the re-run: people added at the top.
        addPeople(ADDED_PER_ROUND);
        writeFixtures();
      }

      double killing = (System.nanoTime() - started) / 1e9;
      Process first = start(sandbox);
      Process second = start(sandbox);
      String firstOutput = new String(first.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      String secondOutput = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(first.waitFor(2, TimeUnit.MINUTES) && second.waitFor(2, TimeUnit.MINUTES)).isTrue();
      assertThat(first.exitValue()).as(firstOutput).isZero();
      assertThat(second.exitValue()).as(secondOutput).isZero();
      builds += 2;

      Map<String, Long> charges = sandbox.ledger().chargesPerIdentifier();
      long duplicateCharges = charges.values().stream().filter(count -> count > 1).count();
      Set<String> everyone = new HashSet<>(people);
      everyone.addAll(team);
      int lost = checkOutputsAndCache(everyone);
      long uncharged = everyone.stream().filter(person -> charges.keySet().stream().noneMatch(k -> k.contains(person)))
          .count();
      List<Path> temporary;
      try (Stream<Path> files = Files.walk(project)) {
        temporary = files.filter(file -> file.getFileName().toString().endsWith(".tmp")).toList();
      }
      System.out.printf(Locale.ROOT, "CHAOS seed=%d builds=%d kills=%d (after the build wrote batch state %d)"
              + " completed-before-kill=%d identifiers=%d charges=%d duplicate charges=%d lost records=%d uncharged=%d"
              + " temp files left=%d elapsed=%.1fs (kills %.1fs)%n",
          seed, builds, kills, killsInFlight, completed, everyone.size(), charges.size(), duplicateCharges, lost, uncharged,
          temporary.size(), (System.nanoTime() - started) / 1e9, killing);

      assertThat(kills).isGreaterThanOrEqualTo(KILLS);
      assertThat(duplicateCharges).as("seed " + seed + ": " + charges).isZero();
      assertThat(lost).as("seed " + seed).isZero();
      assertThat(uncharged).as("seed " + seed).isZero();
      assertThat(temporary).as("seed " + seed).isEmpty();
      assertThat(project.resolve("src/test/hog/.hog-cache.jsonl.d/in-flight.jsonl")).doesNotExist();
      assertThat(project.resolve("src/test/hog/.hog-cache.jsonl.d/enriched.jsonl")).doesNotExist();
    } finally {
      sandbox.close();
    }
  }

  /**
   * The {@code hog} command line and the plugin at once on one cache (the CLI given the plugin's
   * cache with {@code --cache}), on people they partly share, against a server without estimate
   * endpoints under a budget: each round starts one of each together and kills one of them with
   * SIGKILL at a random point; then both run to the end without a budget. Runs on one cache take
   * turns (one owner at a time), and a killed run's spend carries into the next, so the credits
   * charged while budgets held can be at most the budget once per run that ended by itself, plus one
   * for the chain a kill left open. Prints charges, duplicate charges, lost records and credits
   * past the budget; each of the last three must be 0.
   */
  @Test
  void cliAndPluginRunsAtOnceOnOneCacheWithKillsAndBudgetsWithoutEstimates() throws Exception {
    long seed = Long.getLong("hog.chaosSeed", System.nanoTime());
    Random random = new Random(seed);
    long started = System.nanoTime();
    HogSandbox sandbox = HogSandbox.builder().port(0).accessKey(ACCESS_KEY).secretKey(SECRET_KEY)
        .timeScale(10).operationDuration(Duration.ofSeconds(10)).estimateEndpoints(false).build();
    sandbox.start();
    try {
      Files.writeString(project.resolve("pom.xml"), """
          <project xmlns="http://maven.apache.org/POM/4.0.0">
            <modelVersion>4.0.0</modelVersion>
            <groupId>it.hog</groupId>
            <artifactId>chaos-cli</artifactId>
            <version>1</version>
            <packaging>pom</packaging>
          </project>
          """);
      List<String> fields = List.of("contact.email", "profile");
      List<String> pluginPeople = new ArrayList<>();
      List<String> cliPeople = new ArrayList<>();
      for (int i = 0; i < 450; i++) {
        (i < 300 ? pluginPeople : cliPeople).add("m" + i + "@mixed.example");
      }
      cliPeople.addAll(0, pluginPeople.subList(150, 300)); // 150 people both need
      Files.createDirectories(project.resolve("src/test/hog"));
      write("people.json", fields, pluginPeople);
      Files.writeString(project.resolve("crm.csv"), "name,email\n" + cliPeople.stream()
          .map(email -> "\"  " + email.substring(0, email.indexOf('@')) + "  \"," + email)
          .collect(Collectors.joining("\n")) + "\n");
      long budget = 200; // one batch of 100 people at 2 fields
      String[] pluginBudget = {"-Dhog.maxCredits=" + budget, "-Dhog.creditsPerField=1"};
      String[] cliBudget = {"--max-credits", String.valueOf(budget), "--credits-per-field", "1"};

      int rounds = 4;
      int kills = 0;
      int endedByThemselves = 0;
      for (int round = 0; round < rounds; round++) {
        Process plugin = start(sandbox, pluginBudget);
        Process cli = startCli(sandbox, cliBudget);
        Output pluginOutput = Output.of(plugin);
        Output cliOutput = Output.of(cli);
        boolean killPlugin = random.nextBoolean();
        Process victim = killPlugin ? plugin : cli;
        Process other = killPlugin ? cli : plugin;
        if (victim.waitFor(500 + random.nextInt(5000), TimeUnit.MILLISECONDS)) {
          endedByThemselves++;
          checkBudgetRun(victim, killPlugin ? pluginOutput : cliOutput, killPlugin, budget);
        } else {
          victim.destroyForcibly(); // SIGKILL
          assertThat(victim.waitFor(30, TimeUnit.SECONDS)).isTrue();
          kills++;
        }
        assertThat(other.waitFor(3, TimeUnit.MINUTES)).isTrue();
        endedByThemselves++;
        checkBudgetRun(other, killPlugin ? cliOutput : pluginOutput, !killPlugin, budget);
      }
      long chargedUnderBudgets = sandbox.ledger().creditsCharged(ACCESS_KEY);
      long allowed = budget * (endedByThemselves + 1);
      long pastBudget = Math.max(0, chargedUnderBudgets - allowed);

      // Both to the end, at once, without a budget.
      Process plugin = start(sandbox);
      Process cli = startCli(sandbox);
      Output pluginOutput = Output.of(plugin);
      Output cliOutput = Output.of(cli);
      assertThat(plugin.waitFor(3, TimeUnit.MINUTES) && cli.waitFor(3, TimeUnit.MINUTES)).isTrue();
      pluginOutput.join();
      cliOutput.join();
      assertThat(plugin.exitValue()).as(pluginOutput.text()).isZero();
      assertThat(cli.exitValue()).as(cliOutput.text()).isZero();

      Set<String> everyone = new HashSet<>(pluginPeople);
      everyone.addAll(cliPeople);
      Map<String, Long> charges = sandbox.ledger().chargesPerIdentifier();
      long duplicateCharges = charges.values().stream().filter(count -> count > 1).count();
      int lost = lostRecords(everyone, fields, pluginPeople, cliPeople);
      System.out.printf(Locale.ROOT, "CHAOS-CLI seed=%d rounds=%d kills=%d runs-ended=%d identifiers=%d charges=%d"
              + " duplicate charges=%d lost records=%d credits under budgets=%d allowed=%d credits past budget=%d"
              + " elapsed=%.1fs%n", seed, rounds, kills, endedByThemselves, everyone.size(), charges.size(),
          duplicateCharges, lost, chargedUnderBudgets, allowed, pastBudget, (System.nanoTime() - started) / 1e9);

      assertThat(duplicateCharges).as("seed " + seed + ": " + charges).isZero();
      assertThat(lost).as("seed " + seed).isZero();
      assertThat(pastBudget).as("seed " + seed).isZero();
      assertThat(charges).hasSize(everyone.size());
      assertThat(project.resolve("src/test/hog/.hog-cache.jsonl.d/in-flight.jsonl")).doesNotExist();
      assertThat(project.resolve("src/test/hog/.hog-cache.jsonl.d/enriched.jsonl")).doesNotExist();
    } finally {
      sandbox.close();
    }
  }

  /**
   * A run under a budget that ended by itself: done, or refused by its budget (exit 3, or a failed
   * build) saying what it spent, which must be within the budget.
   */
  private static void checkBudgetRun(Process process, Output output, boolean plugin, long budget)
      throws InterruptedException {
    output.join();
    int code = process.exitValue();
    if (plugin) {
      assertThat(code == 0 || output.text().contains("hog.maxCredits")).as(output.text()).isTrue();
    } else {
      assertThat(code).as(output.text()).isIn(0, 3);
    }
    java.util.regex.Matcher spent = java.util.regex.Pattern.compile("spent about (\\d+) credits").matcher(output.text());
    while (spent.find()) {
      assertThat(Long.parseLong(spent.group(1))).as(output.text()).isLessThanOrEqualTo(budget);
    }
  }

  /** People with no record in the cache or in the output of a surface that asked for them. */
  @SuppressWarnings("unchecked")
  private int lostRecords(Set<String> everyone, List<String> fields, List<String> pluginPeople,
      List<String> cliPeople) throws IOException {
    Set<String> cachedKeys = new HashSet<>();
    for (String line : Files.readAllLines(project.resolve("src/test/hog/hog-cache.jsonl"), StandardCharsets.UTF_8)) {
      cachedKeys.add((String) ((Map<String, Object>) JSON.fromJson(line)).get("key"));
    }
    Set<String> lost = new HashSet<>();
    for (String person : everyone) {
      if (!cachedKeys.contains(RecordKey.of(Map.of("email", person), fields, null).value())) {
        lost.add(person);
      }
    }
    Map<String, Object> output = (Map<String, Object>) JSON.fromJson(
        Files.readString(project.resolve("target/generated-test-resources/hog/people.json")));
    List<Map<String, Object>> records = (List<Map<String, Object>>) output.get("records");
    for (int i = 0; i < pluginPeople.size(); i++) {
      if (i >= records.size() || !Map.of("email", pluginPeople.get(i)).equals(records.get(i).get("identifier"))
          || !"succeeded".equals(records.get(i).get("status"))) {
        lost.add(pluginPeople.get(i));
      }
    }
    List<String> rows = Files.readAllLines(project.resolve("crm.enriched.csv"), StandardCharsets.UTF_8);
    assertThat(rows.get(0)).startsWith("name,email,hog.status,");
    for (int i = 0; i < cliPeople.size(); i++) {
      String email = cliPeople.get(i);
      String expected = "\"  " + email.substring(0, email.indexOf('@')) + "  \"," + email + ",succeeded,";
      if (i + 1 >= rows.size() || !rows.get(i + 1).startsWith(expected)) {
        lost.add(email);
      }
    }
    return lost.size();
  }

  private Process startCli(HogSandbox sandbox, String... extra) throws IOException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", System.getProperty("hog.cliJar"), "enrich", "crm.csv", "-f", "contact.email,profile",
        "--cache", "src/test/hog/hog-cache.jsonl"));
    command.addAll(List.of(extra));
    ProcessBuilder builder = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true);
    Map<String, String> environment = builder.environment();
    environment.put(HogEnvironment.SERVER_URL, sandbox.baseUrl());
    environment.put(HogEnvironment.ACCESS_KEY, ACCESS_KEY);
    environment.put(HogEnvironment.SECRET_KEY, SECRET_KEY);
    environment.put("XDG_CACHE_HOME", project.resolve("xdg").toString());
    return builder.start();
  }

  /** Checks every line of the cache and every output record; returns the people with no record. */
  @SuppressWarnings("unchecked")
  private int checkOutputsAndCache(Set<String> everyone) throws IOException {
    Map<String, Map<String, Object>> cached = new HashMap<>();
    int number = 0;
    for (String line : Files.readAllLines(project.resolve("src/test/hog/hog-cache.jsonl"), StandardCharsets.UTF_8)) {
      number++;
      Map<String, Object> record = (Map<String, Object>) JSON.fromJson(line);
      String key = (String) record.get("key");
      RecordKey expected = RecordKey.of((Map<String, Object>) record.get("identifier"),
          (List<String>) record.get("fields"), (Map<String, Object>) record.get("signals_config"));
      assertThat(key).as("cache line " + number).isEqualTo(expected.value());
      assertThat(record.get("status")).as("cache line " + number).isIn("succeeded", "partial_success", "failed");
      assertThat(cached.put(key, record)).as("cache line " + number + " repeats a key").isNull();
    }
    Set<String> written = new HashSet<>();
    for (String name : List.of("people.json", "team.json")) {
      List<String> expected = name.equals("people.json") ? people : team;
      Map<String, Object> output = (Map<String, Object>) JSON.fromJson(
          Files.readString(project.resolve("target/generated-test-resources/hog").resolve(name)));
      List<Map<String, Object>> records = (List<Map<String, Object>>) output.get("records");
      assertThat(records).as(name).hasSize(expected.size());
      for (int i = 0; i < records.size(); i++) {
        Map<String, Object> identifier = (Map<String, Object>) records.get(i).get("identifier");
        assertThat(identifier).as(name + " record " + i).isEqualTo(Map.of("email", expected.get(i)));
        assertThat(records.get(i).get("status")).isIn("succeeded", "partial_success", "failed");
        RecordKey key = RecordKey.of(identifier, (List<String>) output.get("fields"), null);
        if (cached.containsKey(key.value())) {
          written.add(expected.get(i));
        }
      }
    }
    return (int) everyone.stream().filter(person -> !written.contains(person)).count();
  }

  private void addPeople(int n) {
    List<String> added = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      added.add("c" + nextPerson++ + "@chaos.example");
    }
    people.addAll(0, added);
  }

  private void writeFixtures() throws IOException {
    Files.createDirectories(project.resolve("src/test/hog"));
    write("people.json", List.of("contact.email", "profile"), people);
    write("team.json", List.of("profile"), team);
  }

  private void write(String name, List<String> fields, List<String> emails) throws IOException {
    String identifiers = emails.stream().map(email -> "    {\"email\": \"" + email + "\"}")
        .collect(Collectors.joining(",\n"));
    Path file = project.resolve("src/test/hog").resolve(name);
    Path edited = file.resolveSibling(name + ".edit");
    Files.writeString(edited, "{\n  \"fields\": " + JSON.toJson(fields) + ",\n  \"identifiers\": [\n" + identifiers
        + "\n  ]\n}\n");
    Files.move(edited, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  private Process start(HogSandbox sandbox, String... extra) throws IOException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("maven.home"), "bin", "mvn").toString(),
        "-B", "-nsu", "-Dmaven.repo.local=" + System.getProperty("hog.itRepo"),
        "-Dhog.baseUrl=" + sandbox.baseUrl(), "-Dhog.progressInterval=1"));
    command.addAll(List.of(extra));
    command.add(GOAL);
    ProcessBuilder builder = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true);
    Map<String, String> environment = builder.environment();
    environment.remove(HogEnvironment.SERVER_URL);
    environment.remove("MAVEN_OPTS");
    environment.remove("MAVEN_ARGS");
    environment.put(HogEnvironment.ACCESS_KEY, ACCESS_KEY);
    environment.put(HogEnvironment.SECRET_KEY, SECRET_KEY);
    return builder.start();
  }

  /** A build's output, read as it comes so that a line can be waited for. */
  private static final class Output {
    private final StringBuilder text = new StringBuilder();
    private final Thread reader;

    private Output(Process process) {
      reader = new Thread(() -> {
        try (java.io.BufferedReader lines = new java.io.BufferedReader(
            new java.io.InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
          String line;
          while ((line = lines.readLine()) != null) {
            synchronized (text) {
              text.append(line).append('\n');
              text.notifyAll();
            }
          }
        } catch (IOException killed) {
          // the process was killed
        }
        synchronized (text) {
          text.append("<end>");
          text.notifyAll();
        }
      }, "chaos-output");
      reader.setDaemon(true);
      reader.start();
    }

    static Output of(Process process) {
      return new Output(process);
    }

    /** True once {@code line} appeared; false when the output ended or the time ran out first. */
    boolean awaitLine(String line, Duration timeout) throws InterruptedException {
      long deadline = System.nanoTime() + timeout.toNanos();
      synchronized (text) {
        while (text.indexOf(line) < 0) {
          long left = deadline - System.nanoTime();
          if (text.indexOf("<end>") >= 0 || left <= 0) {
            return false;
          }
          TimeUnit.NANOSECONDS.timedWait(text, left);
        }
        return true;
      }
    }

    void join() throws InterruptedException {
      reader.join(TimeUnit.SECONDS.toMillis(30));
    }

    String text() {
      synchronized (text) {
        return text.toString();
      }
    }
  }
}
