package thbstat.jobs.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ValuesTest {
  @Test
  void booleansInEverySpelling() {
    for (String t : new String[] {"true", "TRUE", "1", "da", "Da", " yes ", "YES"}) {
      assertEquals(Boolean.TRUE, Values.parseBoolean(t), t);
    }
    for (String f : new String[] {"false", "False", "0", "ne", "NE", "no", " No"}) {
      assertEquals(Boolean.FALSE, Values.parseBoolean(f), f);
    }
    assertNull(Values.parseBoolean("maybe"));
    assertNull(Values.parseBoolean("2"));
    assertNull(Values.parseBoolean(null));
  }

  @Test
  void numberShapes() {
    assertTrue("-5".matches(Values.INTEGER_PATTERN));
    assertFalse("2.5".matches(Values.INTEGER_PATTERN));
    assertFalse("1234567890".matches(Values.INTEGER_PATTERN));
    assertTrue("150000.00".matches(Values.DECIMAL_PATTERN));
    assertTrue(".5".matches(Values.DECIMAL_PATTERN));
    assertFalse("1,5".matches(Values.DECIMAL_PATTERN));
    assertFalse("1e5".matches(Values.DECIMAL_PATTERN));
  }

  @Test
  void quarantineFieldsAreQuotedWhenNeeded() {
    assertEquals("plain", QuarantineWriter.field("plain"));
    assertEquals("\"a,b\"", QuarantineWriter.field("a,b"));
    assertEquals("\"say \"\"x\"\"\"", QuarantineWriter.field("say \"x\""));
    assertEquals("", QuarantineWriter.field(null));
  }
}
