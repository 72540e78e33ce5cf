package thbstat.indicators.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A YAML mapping read key by key: duplicate, unknown and missing keys become problems at their
 * line and column, and typed reads report a wrong shape instead of throwing.
 */
final class YamlMap {
  private final Node node;
  private final Problems problems;
  private final String what;
  private final Map<String, NodeTuple> entries = new LinkedHashMap<>();
  private Node owner;

  private YamlMap(Node node, Problems problems, String what) {
    this.node = node;
    this.problems = problems;
    this.what = what;
    if (node instanceof MappingNode m) {
      for (NodeTuple t : m.getValue()) {
        String key = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : null;
        if (key == null) {
          problems.at(t.getKeyNode(), what + ": a key must be a plain word");
        } else if (entries.containsKey(key)) {
          problems.at(t.getKeyNode(), "duplicate key '" + key + "' in " + what + " (first at line "
              + (entries.get(key).getKeyNode().getStartMark().getLine() + 1) + ")");
        } else {
          entries.put(key, t);
        }
      }
    }
  }

  /** The mapping at {@code node}; a problem (and an empty map) when it is not a mapping. */
  static YamlMap of(Node node, Problems problems, String what) {
    if (node != null && !(node instanceof MappingNode) && !isNull(node)) {
      problems.at(node, what + " must be a mapping of 'key: value' lines");
    }
    return new YamlMap(node, problems, what);
  }

  Node node() {
    return node;
  }

  /** Points whole-entry messages (a missing key) at {@code key}, the entry's id. */
  YamlMap ownedBy(Node key) {
    this.owner = key;
    return this;
  }

  /** Where a message about the whole entry goes: its id when known, else the mapping. */
  Node owner() {
    return owner != null ? owner : node;
  }

  String what() {
    return what;
  }

  Set<String> keys() {
    return entries.keySet();
  }

  boolean has(String key) {
    return entries.containsKey(key);
  }

  /** Reports keys outside {@code allowed} (with a suggestion) and absent {@code required} keys. */
  YamlMap keys(List<String> required, List<String> optional) {
    List<String> allowed = new ArrayList<>(required);
    allowed.addAll(optional);
    for (NodeTuple t : entries.values()) {
      String k = ((ScalarNode) t.getKeyNode()).getValue();
      if (!allowed.contains(k)) {
        String hint = Suggest.didYouMean(k, allowed);
        problems.at(t.getKeyNode(), "unknown key '" + k + "' in " + what
            + (hint.isEmpty() ? " (allowed: " + String.join(", ", allowed) + ")" : hint));
      }
    }
    for (String r : required) {
      // an absent mapping is reported as a missing key of its parent, with a line; its keys are not
      if (node != null && !entries.containsKey(r)) {
        problems.at(owner(), what + ": missing key '" + r + "'");
      }
    }
    return this;
  }

  Node get(String key) {
    NodeTuple t = entries.get(key);
    return t == null ? null : t.getValueNode();
  }

  Node keyNode(String key) {
    NodeTuple t = entries.get(key);
    return t == null ? node : t.getKeyNode();
  }

  /** The value's node, or this map's node when the key is absent: where to point a message. */
  Node at(String key) {
    Node n = get(key);
    return n == null ? node : n;
  }

  Map<String, NodeTuple> entries() {
    return entries;
  }

  String string(String key) {
    Node n = get(key);
    if (n == null || isNull(n)) {
      return null;
    }
    if (n instanceof ScalarNode s) {
      return s.getValue().trim();
    }
    problems.at(n, what + "." + key + " must be a single value");
    return null;
  }

  Boolean bool(String key) {
    Node n = get(key);
    if (n == null || isNull(n)) {
      return null;
    }
    if (n instanceof ScalarNode s && s.getTag().equals(Tag.BOOL)) {
      return Boolean.parseBoolean(s.getValue().toLowerCase(java.util.Locale.ROOT));
    }
    problems.at(n, what + "." + key + " must be true or false");
    return null;
  }

  Long integer(String key) {
    String s = string(key);
    if (s == null) {
      return null;
    }
    try {
      return Long.parseLong(s.replace("_", ""));
    } catch (NumberFormatException e) {
      problems.at(get(key), what + "." + key + " must be a whole number, not '" + s + "'");
      return null;
    }
  }

  /** A whole number that fits an int; a larger one is reported, never wrapped round to another value. */
  Integer smallInteger(String key) {
    Long v = integer(key);
    if (v != null && (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE)) {
      problems.at(get(key), what + "." + key + ": " + v + " is too large a number");
      return null;
    }
    return v == null ? null : v.intValue();
  }

  Double number(String key) {
    String s = string(key);
    if (s == null) {
      return null;
    }
    try {
      return Double.parseDouble(s.replace("_", ""));
    } catch (NumberFormatException e) {
      problems.at(get(key), what + "." + key + " must be a number, not '" + s + "'");
      return null;
    }
  }

  /** A single value or a list of single values, as strings. */
  List<String> strings(String key) {
    return strings(get(key), problems, what + "." + key);
  }

  static List<String> strings(Node n, Problems problems, String what) {
    List<String> out = new ArrayList<>();
    if (n == null || isNull(n)) {
      return out;
    }
    if (n instanceof ScalarNode s) {
      out.add(s.getValue().trim());
    } else if (n instanceof SequenceNode seq) {
      for (Node e : seq.getValue()) {
        if (e instanceof ScalarNode s) {
          out.add(s.getValue().trim());
        } else {
          problems.at(e, what + ": each element must be a single value");
        }
      }
    } else {
      problems.at(n, what + " must be a value or a list [a, b]");
    }
    return out;
  }

  static boolean isNull(Node n) {
    return n instanceof ScalarNode s && s.getTag().equals(Tag.NULL);
  }
}
