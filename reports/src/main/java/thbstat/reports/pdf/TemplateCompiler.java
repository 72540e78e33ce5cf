package thbstat.reports.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.design.JasperDesign;
import net.sf.jasperreports.engine.xml.JRXmlLoader;

/**
 * The build step that compiles every {@code .jrxml} of a folder into a {@code .jasper} file, so
 * reports never compile templates at run time, with the wider columns of {@link MediumLayout} and
 * the spanning headings of {@link GroupSpans}.
 * Maven runs it in {@code process-classes}:
 * {@code TemplateCompiler SOURCE_DIR OUTPUT_DIR}.
 */
public final class TemplateCompiler {
  private TemplateCompiler() {}

  public static void main(String[] args) throws IOException, JRException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: TemplateCompiler SOURCE_DIR OUTPUT_DIR");
    }
    List<Path> done = compileAll(Path.of(args[0]), Path.of(args[1]));
    System.out.println("compiled " + done.size() + " JasperReports template(s) into " + args[1]);
  }

  public static List<Path> compileAll(Path sourceDir, Path outputDir) throws IOException, JRException {
    Files.createDirectories(outputDir);
    List<Path> out = new ArrayList<>();
    List<Path> sources;
    try (Stream<Path> s = Files.list(sourceDir)) {
      sources = s.filter(p -> p.getFileName().toString().endsWith(".jrxml")).sorted().toList();
    }
    for (Path src : sources) {
      String name = src.getFileName().toString().replaceFirst("\\.jrxml$", ".jasper");
      Path target = outputDir.resolve(name);
      JasperDesign design = JRXmlLoader.load(src.toFile());
      MediumLayout.add(design);
      GroupSpans.add(design);
      JasperCompileManager.compileReportToFile(design, target.toString());
      out.add(target);
    }
    return out;
  }
}
