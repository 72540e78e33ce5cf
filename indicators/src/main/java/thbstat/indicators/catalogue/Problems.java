package thbstat.indicators.catalogue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;
import thbstat.indicators.problem.Problem;

/** Collects every problem of one catalogue file, each at the line and column of its node. */
final class Problems {
  private final String file;
  private final List<Problem> list = new ArrayList<>();

  Problems(String file) {
    this.file = file;
  }

  void at(Node node, String message) {
    at(node == null ? null : node.getStartMark(), message);
  }

  void at(Mark mark, String message) {
    if (mark == null) {
      list.add(new Problem(file, 0, 0, message));
    } else {
      list.add(new Problem(file, mark.getLine() + 1, mark.getColumn() + 1, message));
    }
  }

  boolean isEmpty() {
    return list.isEmpty();
  }

  /** In file order, each once. */
  List<Problem> sorted() {
    return list.stream()
        .distinct()
        .sorted(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column))
        .toList();
  }
}
