package thbstat.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A Spark standalone master and N workers (1 core, 512 MiB each) on 127.0.0.1, each its own JVM
 * started from this JVM's classpath and module options; no Spark distribution. Closing stops
 * them (and the executors the workers started).
 */
final class ClusterProcesses implements AutoCloseable {
  private static final long WORKERS_WAIT_SECONDS = Long.getLong("thbstat.cluster.wait", 120);
  private static final long DRIVER_WAIT_SECONDS = Long.getLong("thbstat.cluster.driverWait", 900);
  private static final Pattern ALIVE_WORKER = Pattern.compile("\"state\"\\s*:\\s*\"ALIVE\"");

  /** A finished driver: exit code and its console output. */
  record Exit(int code, String output) {}

  private final Path home;
  private final List<Process> processes = new ArrayList<>();
  private final List<Path> logs = new ArrayList<>();
  private final List<Path> workDirs = new ArrayList<>();
  private String masterUrl;

  private ClusterProcesses(Path home) {
    this.home = home;
  }

  static ClusterProcesses start(Path home, int workers) throws IOException, InterruptedException {
    ClusterProcesses c = new ClusterProcesses(home);
    try {
      c.startAll(workers);
      return c;
    } catch (IOException | InterruptedException | RuntimeException | Error e) {
      c.close();
      throw e;
    }
  }

  String masterUrl() {
    return masterUrl;
  }

  private void startAll(int workers) throws IOException, InterruptedException {
    Files.createDirectories(home.resolve("spark-home"));
    int port = freePort();
    int ui = freePort();
    masterUrl = "spark://127.0.0.1:" + port;
    processes.add(java("master", List.of("-Xmx192m"), "org.apache.spark.deploy.master.Master",
        List.of("--host", "127.0.0.1", "--port", Integer.toString(port), "--webui-port", Integer.toString(ui))));
    for (int w = 1; w <= workers; w++) {
      Path work = Files.createDirectories(home.resolve("worker" + w));
      workDirs.add(work);
      processes.add(java("worker" + w, List.of("-Xmx192m"), "org.apache.spark.deploy.worker.Worker",
          List.of("--host", "127.0.0.1", "--port", "0", "--webui-port", "0", "--cores", "1", "--memory", "512m",
              "--work-dir", work.toString(), masterUrl)));
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WORKERS_WAIT_SECONDS);
    int alive = 0;
    while (alive < workers) {
      for (Process p : processes) {
        if (!p.isAlive()) {
          throw new AssertionError("a cluster JVM exited early (code " + p.exitValue() + ")" + logTails());
        }
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("only " + alive + " of " + workers + " workers registered after "
            + WORKERS_WAIT_SECONDS + " s" + logTails());
      }
      Thread.sleep(500);
      alive = aliveWorkers(ui);
    }
  }

  /** Runs {@code thbstat.cli.Main ARGS} in a driver JVM of its own and waits for it (bounded). */
  Exit runDriver(List<String> jvmOptions, List<String> args) throws IOException, InterruptedException {
    Process driver = java("driver", jvmOptions, "thbstat.cli.Main", args);
    processes.add(driver);
    if (!driver.waitFor(DRIVER_WAIT_SECONDS, TimeUnit.SECONDS)) {
      throw new AssertionError("the cluster driver did not finish within " + DRIVER_WAIT_SECONDS + " s" + logTails());
    }
    return new Exit(driver.exitValue(), Files.readString(home.resolve("driver.log"), StandardCharsets.UTF_8));
  }

  /** How many executors the workers launched (one folder per executor under WORK/app-ID/). */
  int executorsLaunched() throws IOException {
    int n = 0;
    for (Path work : workDirs) {
      try (Stream<Path> files = Files.walk(work, 2)) {
        n += (int) files.filter(p -> p.getNameCount() == work.getNameCount() + 2 && Files.isDirectory(p)).count();
      }
    }
    return n;
  }

  /** The last lines of every log, for a failure message. */
  String logTails() {
    StringBuilder s = new StringBuilder();
    for (Path log : logs) {
      try {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        s.append("\n--- ").append(log.getFileName()).append(" (last 25 lines) ---\n");
        lines.subList(Math.max(0, lines.size() - 25), lines.size()).forEach(l -> s.append(l).append('\n'));
      } catch (IOException | UncheckedIOException e) {
        s.append("\n--- ").append(log.getFileName()).append(": ").append(e.getMessage());
      }
    }
    return s.toString();
  }

  private Process java(String name, List<String> options, String mainClass, List<String> args) throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(moduleOptions());
    cmd.addAll(options);
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(mainClass);
    cmd.addAll(args);
    Path log = home.resolve(name + ".log");
    logs.add(log);
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
    // Executors need a Spark home; SPARK_TESTING=1 skips the check for its jars/ folder and
    // SPARK_SCALA_VERSION the search for Spark build folders in it.
    pb.environment().put("SPARK_HOME", home.resolve("spark-home").toString());
    pb.environment().put("SPARK_TESTING", "1");
    pb.environment().put("SPARK_SCALA_VERSION", "2.13");
    pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    pb.environment().put("SPARK_LOCAL_DIRS", home.resolve("tmp").toString());
    pb.environment().remove("SPARK_CONF_DIR");
    pb.environment().remove("SPARK_DIST_CLASSPATH");
    return pb.start();
  }

  /** This JVM's --add-opens and the two Spark system properties (Surefire's argLine). */
  private static List<String> moduleOptions() {
    return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
        .filter(a -> a.startsWith("--add-opens") || a.startsWith("-Djdk.reflect.useDirectMethodHandle")
            || a.startsWith("-Dio.netty.tryReflectionSetAccessible"))
        .toList();
  }

  private static int aliveWorkers(int ui) {
    try {
      HttpURLConnection c = (HttpURLConnection) URI.create("http://127.0.0.1:" + ui + "/json/").toURL().openConnection();
      c.setConnectTimeout(2000);
      c.setReadTimeout(2000);
      try (InputStream in = c.getInputStream()) {
        Matcher m = ALIVE_WORKER.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        int n = 0;
        while (m.find()) {
          n++;
        }
        return n;
      } finally {
        c.disconnect();
      }
    } catch (IOException e) {
      return 0; // not up yet
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  /** Stops the driver, workers and master (SIGTERM, then forcibly after 15 s), and their children. */
  @Override
  public void close() {
    List<ProcessHandle> all = new ArrayList<>();
    for (int i = processes.size() - 1; i >= 0; i--) {
      Process p = processes.get(i);
      p.toHandle().descendants().forEach(all::add);
      all.add(p.toHandle());
    }
    all.forEach(ProcessHandle::destroy);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
    for (ProcessHandle h : all) {
      long left = deadline - System.nanoTime();
      try {
        h.onExit().get(Math.max(1, left), TimeUnit.NANOSECONDS);
      } catch (Exception e) {
        h.destroyForcibly();
      }
    }
  }
}
