package thbstat.reports.model;

import java.util.List;
import java.util.Objects;

/** A section of running text (methodology), in one language: a heading and its paragraphs. */
public record TextSection(String title, List<String> paragraphs) {
  public TextSection {
    Objects.requireNonNull(title);
    paragraphs = List.copyOf(paragraphs);
  }
}
