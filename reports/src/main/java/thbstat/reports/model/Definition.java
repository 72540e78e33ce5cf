package thbstat.reports.model;

/** An indicator as the definitions sheet describes it, in one language. */
public record Definition(String code, String label, String definition, String unit, String references) {}
