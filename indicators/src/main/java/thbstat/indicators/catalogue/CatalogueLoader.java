package thbstat.indicators.catalogue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.reader.ReaderException;
import thbstat.indicators.model.Catalogue;
import thbstat.indicators.problem.Problem;
import thbstat.indicators.problem.ThbstatException;

/**
 * Reads {@code indicators.yaml}: parse (YAML nodes → records), then validate (columns, codes,
 * references, cycles). Either every check passes, or a usage {@link ThbstatException} carries
 * every problem found as {@code indicators.yaml:line:column: message}. A bad catalogue never
 * reaches Spark.
 */
public final class CatalogueLoader {
  /** The file name problems carry when the text does not come from a file. */
  public static final String FILE = "indicators.yaml";

  private CatalogueLoader() {}

  public static Catalogue load(Path yaml) {
    String text;
    String name = yaml.getFileName() == null ? FILE : yaml.getFileName().toString();
    try {
      byte[] bytes = Files.readAllBytes(yaml);
      ByteBuffer in = ByteBuffer.wrap(bytes);
      CharBuffer out = CharBuffer.allocate(bytes.length);
      if (StandardCharsets.UTF_8.newDecoder().decode(in, out, true).isError()) {
        // in.position() is the first byte that is not UTF-8 (a Windows-1250 'č', say)
        String before = new String(bytes, 0, in.position(), StandardCharsets.UTF_8);
        throw ThbstatException.usage(List.of(at(name, before, before.codePointCount(0, before.length()),
            "not UTF-8 text; save the catalogue as UTF-8")));
      }
      text = out.flip().toString();
    } catch (IOException e) {
      throw ThbstatException.usage(List.of(Problem.of(yaml.toString(), "cannot read the catalogue: " + e.getMessage())));
    }
    return parse(name, text);
  }

  /** Parses and validates catalogue text; {@code name} is the file name in messages. */
  public static Catalogue parse(String name, String text) {
    Problems problems = new Problems(name);
    Node root;
    try {
      LoaderOptions options = new LoaderOptions();
      options.setAllowDuplicateKeys(true); // reported with their line by the parser
      root = new Yaml(options).compose(new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text));
    } catch (ReaderException e) {
      // a control character, pasted from a word processor, say: the reader gives its offset, not a line
      String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
      throw ThbstatException.usage(List.of(at(name, body, e.getPosition(), String.format(Locale.ROOT,
          "not valid YAML: the control character U+%04X is not allowed; delete it", e.getCodePoint()))));
    } catch (MarkedYAMLException e) {
      Mark opened = e.getContextMark();
      // an unclosed [ { or quote is found lines later: say where it was opened
      boolean elsewhere = opened != null && e.getProblemMark() != null && opened.getLine() != e.getProblemMark().getLine();
      problems.at(e.getProblemMark(), "not valid YAML: " + e.getProblem() + (elsewhere ? " (" + e.getContext()
          + " at line " + (opened.getLine() + 1) + ", column " + (opened.getColumn() + 1) + ")" : ""));
      throw ThbstatException.usage(problems.sorted());
    } catch (YAMLException e) {
      throw ThbstatException.usage(List.of(Problem.of(name, "not valid YAML: " + e.getMessage())));
    }
    if (root == null) {
      throw ThbstatException.usage(List.of(Problem.of(name, "the catalogue is empty")));
    }
    CatalogueParser parser = new CatalogueParser(problems);
    Catalogue catalogue = parser.parse(root);
    new CatalogueValidator(catalogue, parser, problems).validate();
    if (!problems.isEmpty()) {
      throw ThbstatException.usage(problems.sorted());
    }
    return catalogue;
  }

  /** A problem at the code point {@code offset} of {@code text}, by its 1-based line and column. */
  private static Problem at(String name, String text, int offset, String message) {
    String before = text.substring(0, text.offsetByCodePoints(0, Math.min(offset, text.codePointCount(0, text.length()))));
    int lineStart = before.lastIndexOf('\n') + 1;
    int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
    return new Problem(name, line, before.codePointCount(lineStart, before.length()) + 1, message);
  }
}
