package thbstat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the README's first command exactly as written (paths taken from the repository root,
 * the output folder moved to a temporary one) and checks it prints what the README says it
 * prints, timings aside.
 */
class ReadmeQuickstartIT {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  @TempDir Path tmp;

  @Test
  void quickstartRunsAsWrittenAndPrintsWhatTheReadmeShows() throws Exception {
    String readme = Files.readString(ROOT.resolve("README.md"));
    String command = block(readme, "<!-- quickstart -->").strip();
    assertTrue(command.startsWith("./thbstat "), command);
    List<String> args = new ArrayList<>(Arrays.asList(command.substring("./thbstat ".length()).split("\\s+")));
    String outName = null;
    for (int i = 0; i < args.size() - 1; i++) {
      if (args.get(i).equals("--input")) {
        args.set(i + 1, ROOT.resolve(args.get(i + 1)).toString());
      } else if (args.get(i).equals("--out")) {
        outName = args.get(i + 1);
        args.set(i + 1, tmp.resolve(outName).toString());
      }
    }
    Cli.Result r = Cli.run(args.toArray(String[]::new));
    assertEquals(0, r.exitCode(), r.err());

    List<String> expected = normalise(block(readme, "<!-- quickstart-output -->"), outName);
    List<String> actual = normalise(r.out(), tmp.resolve(outName).toString());
    assertEquals(expected, actual);
  }

  /** The fenced code block that follows a marker comment. */
  static String block(String text, String marker) {
    int at = text.indexOf(marker);
    assertTrue(at >= 0, "README has no " + marker);
    int open = text.indexOf("```", at);
    int start = text.indexOf('\n', open) + 1;
    int close = text.indexOf("```", start);
    return text.substring(start, close);
  }

  /** Lines with timings and the output folder's name masked. */
  static List<String> normalise(String text, String outFolder) {
    List<String> out = new ArrayList<>();
    for (String line : text.strip().split("\\R")) {
      // the folder as a word of its own: "out" is also in "--out" and "without"
      String folder = "(?<![\\w/-])" + java.util.regex.Pattern.quote(outFolder) + "(?!\\w)";
      out.add(line.replaceAll(folder, "OUT").replaceAll("\\(\\d+(\\.\\d+)? s\\)", "(… s)").strip());
    }
    return out;
  }
}
