package thbstat.jobs.alerts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import thbstat.indicators.i18n.Language;
import thbstat.indicators.i18n.Transliterator;
import thbstat.indicators.model.AlertRule.Kind;
import thbstat.indicators.model.Catalogue;
import thbstat.indicators.model.Dimension;
import thbstat.indicators.model.Text;

/**
 * The sentence of an alert in English and Serbian; the Cyrillic is the Latin template
 * transliterated, with the values (periods, numbers, codes) filled in after, so they stay as
 * they are.
 */
final class Explanations {
  /** yoy over several earlier years: {n} is then the number of years. */
  private static final Text YOY_YEARS = Text.of(
      "{rule}, {cell}: {observed} in {period}, against {expected} on average in the same quarter of the previous"
          + " {n} years; from {bound} on it is unusual ({p}).",
      "{rule}, {cell}: {observed} u kvartalu {period}, naspram proseka od {expected} u istom kvartalu prethodnih {n}"
          + " godina; od {bound} naviše je neuobičajeno ({p}).");
  private static final Map<Kind, Text> TEMPLATES = Map.of(
      Kind.POISSON, Text.of(
          "{rule}, {cell}: {observed} in {period}, against {expected} a quarter over the previous {n} quarters;"
              + " from {bound} on it is unusual ({p}).",
          "{rule}, {cell}: {observed} u kvartalu {period}, naspram {expected} po kvartalu u prethodnih {n}"
              + " kvartala; od {bound} naviše je neuobičajeno ({p})."),
      Kind.YOY, Text.of(
          "{rule}, {cell}: {observed} in {period}, against {expected} in the same quarter last year;"
              + " from {bound} on it is unusual ({p}).",
          "{rule}, {cell}: {observed} u kvartalu {period}, naspram {expected} u istom kvartalu prošle godine;"
              + " od {bound} naviše je neuobičajeno ({p})."),
      Kind.SHARE, Text.of(
          "{rule}, {cell}: {observed} in {period}, where the share of the previous {n} quarters gives {expected};"
              + " from {bound} on it is unusual ({p}).",
          "{rule}, {cell}: {observed} u kvartalu {period}, a udeo iz prethodnih {n} kvartala daje {expected};"
              + " od {bound} naviše je neuobičajeno ({p})."),
      Kind.SILENCE, Text.of(
          "{rule}, {cell}: none in {period}, against {expected} a quarter over the previous {n} quarters ({p}).",
          "{rule}, {cell}: nijedan u kvartalu {period}, naspram {expected} po kvartalu u prethodnih {n}"
              + " kvartala ({p})."),
      Kind.FIXED, Text.of(
          "{rule}, {cell}: {observed} in {period} reaches the threshold {bound}.",
          "{rule}, {cell}: {observed} u kvartalu {period} dostiže prag {bound}."),
      Kind.NEW_CATEGORY, Text.of(
          "{rule}: {cell}, {observed} in {period}, none in the previous {n} quarters.",
          "{rule}: {cell}, {observed} u kvartalu {period}, nijedan u prethodnih {n} kvartala."));

  private final Catalogue catalogue;

  Explanations(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  Text of(Alert a, int historyQuarters) {
    Kind kind = a.rule().kind() == Kind.NEGBIN ? Kind.POISSON : a.rule().kind();
    Text t = TEMPLATES.get(kind);
    int n = historyQuarters;
    if (kind == Kind.YOY && historyQuarters >= 8) {
      t = YOY_YEARS;
      n = historyQuarters / 4;
    }
    return new Text(fill(t.en(), a, n, Language.EN), fill(t.srLatn(), a, n, Language.SR_LATN),
        fill(Transliterator.toCyrillic(t.srLatn()), a, n, Language.SR_CYRL));
  }

  private String fill(String template, Alert a, int n, Language lang) {
    return template
        .replace("{rule}", a.rule().label().in(lang))
        .replace("{cell}", cell(a, lang))
        .replace("{observed}", number(a.observed()))
        .replace("{expected}", a.expected() == null ? "" : String.format(Locale.ROOT, "%.1f", a.expected()))
        .replace("{bound}", a.bound() == null ? "-" : number(a.bound()))
        .replace("{period}", a.period())
        .replace("{n}", Integer.toString(n))
        .replace("{p}", pText(a, lang));
  }

  private String cell(Alert a, Language lang) {
    if (a.rule().kind() == Kind.NEW_CATEGORY) {
      return String.join(", ", a.cell().values());
    }
    List<String> parts = new ArrayList<>();
    for (Map.Entry<String, String> e : a.cell().entrySet()) {
      Dimension d = catalogue.dimension(e.getKey()).orElse(null);
      Text label = d == null ? null : d.codeLabels().get(e.getValue());
      parts.add(label == null ? e.getValue() : label.in(lang));
    }
    if (parts.isEmpty()) {
      return switch (lang) {
        case EN -> "total";
        case SR_LATN -> "ukupno";
        case SR_CYRL -> "укупно";
      };
    }
    return String.join(", ", parts);
  }

  private static String pText(Alert a, Language lang) {
    if (a.p() == null) {
      return "";
    }
    String adjusted = switch (lang) {
      case EN -> "adjusted";
      case SR_LATN -> "korigovano";
      case SR_CYRL -> "кориговано";
    };
    return "p = " + pValue(a.p()) + ", " + adjusted + " " + pValue(a.q());
  }

  static String pValue(double p) {
    return p >= 0.001 ? String.format(Locale.ROOT, "%.2g", p) : String.format(Locale.ROOT, "%.1e", p);
  }

  static String number(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
  }
}
