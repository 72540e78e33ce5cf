package thbstat.cli.pack;

import java.util.ArrayList;
import java.util.List;

/**
 * What {@code thbstat verify} found in one pack: one line per group of checks, every failure
 * naming its file and cell. A pack that cannot be read at all has no groups, only the reason.
 */
public final class VerifyReport {
  /** One group of checks: its summary when it passed, its failures otherwise. */
  public record Group(String name, String summary, List<String> failures) {
    public Group {
      failures = List.copyOf(failures);
    }

    public boolean passed() {
      return failures.isEmpty();
    }
  }

  private final String pack;
  private final String unreadable;
  private final List<Group> groups = new ArrayList<>();

  private VerifyReport(String pack, String unreadable) {
    this.pack = pack;
    this.unreadable = unreadable;
  }

  static VerifyReport of(String pack) {
    return new VerifyReport(pack, null);
  }

  static VerifyReport unreadable(String pack, String reason) {
    return new VerifyReport(pack, reason);
  }

  void add(String name, String summary, List<String> failures) {
    groups.add(new Group(name, summary, failures));
  }

  public List<Group> groups() {
    return List.copyOf(groups);
  }

  public boolean passed() {
    return unreadable == null && groups.stream().allMatch(Group::passed);
  }

  /** Every failure, each naming its file (and cell). */
  public List<String> failures() {
    List<String> out = new ArrayList<>();
    if (unreadable != null) {
      out.add(unreadable);
    }
    groups.forEach(g -> out.addAll(g.failures()));
    return out;
  }

  /** 0 clean, 1 a check failed, 2 the pack is unreadable. */
  public int exitCode() {
    return unreadable != null ? 2 : passed() ? 0 : 1;
  }

  /** The report as printed. */
  public List<String> lines() {
    List<String> out = new ArrayList<>();
    out.add(pack);
    if (unreadable != null) {
      out.add("  UNREADABLE: " + unreadable);
      return out;
    }
    for (Group g : groups) {
      if (g.passed()) {
        out.add("  " + g.name() + ": " + g.summary());
      } else {
        out.add("  " + g.name() + ": " + g.failures().size() + " failure(s)");
        g.failures().forEach(f -> out.add("    FAIL " + f));
      }
    }
    int failures = failures().size();
    out.add(failures == 0 ? "verified: OK" : "verified: FAILED (" + failures + " failure(s))");
    return out;
  }
}
