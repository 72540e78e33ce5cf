package thbstat.indicators.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The parsed, validated {@code indicators.yaml}. */
public record Catalogue(
    String version,
    List<Dimension> dimensions,
    List<Source> sources,
    List<Population> populations,
    List<Indicator> indicators,
    List<PublicationTable> tables,
    List<AlertRule> alerts) {

  /** The dimension columns the contract fixes, in output order (CONTRACT.md §3). */
  public static final List<String> CONTRACT_DIMENSIONS = List.of(
      "SEX", "AGE", "CITIZENSHIP", "EXPLOITATION", "EXPLOITATION_GROUP", "SCOPE", "REGION",
      "REFERRED_BY", "OUTCOME", "OFFENCE", "INSTITUTION");

  public Catalogue {
    dimensions = List.copyOf(dimensions);
    sources = List.copyOf(sources);
    populations = List.copyOf(populations);
    indicators = List.copyOf(indicators);
    tables = List.copyOf(tables);
    alerts = List.copyOf(alerts);
  }

  /** A catalogue without alert rules. */
  public Catalogue(String version, List<Dimension> dimensions, List<Source> sources, List<Population> populations,
      List<Indicator> indicators, List<PublicationTable> tables) {
    this(version, dimensions, sources, populations, indicators, tables, List.of());
  }

  public Optional<AlertRule> alert(String id) {
    return alerts.stream().filter(a -> a.id().equals(id)).findFirst();
  }

  public Optional<Dimension> dimension(String id) {
    return dimensions.stream().filter(d -> d.id().equals(id)).findFirst();
  }

  public Optional<Indicator> indicator(String id) {
    return indicators.stream().filter(i -> i.id().equals(id)).findFirst();
  }

  public Optional<Source> source(String id) {
    return sources.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  public Optional<Population> population(String id) {
    return populations.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /**
   * The dimension columns of the indicator table: the contract's, then the catalogue's further
   * ones in catalogue order.
   */
  public List<String> outputDimensions() {
    List<String> out = new java.util.ArrayList<>(CONTRACT_DIMENSIONS);
    for (Dimension d : dimensions) {
      if (!out.contains(d.id())) {
        out.add(d.id());
      }
    }
    return List.copyOf(out);
  }

  public Map<String, Dimension> dimensionsById() {
    Map<String, Dimension> m = new LinkedHashMap<>();
    dimensions.forEach(d -> m.put(d.id(), d));
    return m;
  }
}
