package thbstat.jobs.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocationTest {
  private static final Configuration CONF = new Configuration();

  @TempDir Path dir;

  @Test
  void a_local_path_keeps_its_spelling_and_is_given_to_spark_as_written() {
    Location extract = Location.of("sample-data", CONF);
    assertTrue(extract.isLocal());
    assertEquals("sample-data", extract.toString());
    assertEquals("sample-data/victims.csv", extract.resolve("victims.csv").toString());
    assertEquals("sample-data/victims.csv", extract.resolve("victims.csv").forSpark());
    assertEquals("victims.csv", extract.resolve("victims.csv").name());
    assertEquals(Path.of("sample-data"), extract.localPath().orElseThrow());
    assertEquals("sample-data", extract.resolve("victims.csv").parent().toString());
  }

  @Test
  void a_file_uri_is_a_local_path() {
    Location l = Location.of("file:" + dir, CONF);
    assertTrue(l.isLocal());
    assertEquals(dir.toString(), l.toString());
  }

  @Test
  void a_windows_drive_is_not_a_scheme() {
    assertFalse(Location.isUri("C:\\extract"));
    assertTrue(Location.isUri("hdfs://nn:8020/thb/extract"));
    assertTrue(Location.isUri("s3a://bucket/extract"));
    assertFalse(Location.isUri("file:/tmp/extract"));
    assertFalse(Location.isUri("extract"));
  }

  @Test
  void a_uri_is_resolved_and_named_in_its_own_spelling() {
    Location extract = Location.of("hdfs://nn:8020/thb/extract", CONF);
    assertFalse(extract.isLocal());
    assertTrue(extract.localPath().isEmpty());
    Location victims = extract.resolve("victims.csv");
    assertEquals("hdfs://nn:8020/thb/extract/victims.csv", victims.toString());
    assertEquals("hdfs://nn:8020/thb/extract/victims.csv", victims.forSpark());
    assertEquals("victims.csv", victims.name());
    assertEquals(extract, victims.parent());
    assertEquals("hdfs://nn:8020/thb/extract", victims.parent().toString());
    assertEquals("s3a://bucket/x/y", Location.of("s3a://bucket/x/", CONF).resolve("y").toString());
  }

  @Test
  void files_are_tested_opened_and_listed_through_hadoop() throws IOException {
    Path table = Files.createDirectories(dir.resolve("victims.parquet"));
    Files.writeString(table.resolve("part-00001.parquet"), "b");
    Files.writeString(table.resolve("part-00000.parquet"), "a");
    Files.writeString(table.resolve("_SUCCESS"), "");
    Files.writeString(table.resolve(".part-00000.parquet.crc"), "");
    Files.createDirectories(table.resolve("year=2025"));
    Files.writeString(table.resolve("year=2025").resolve("part-00002.parquet"), "c");

    Location folder = Location.of(table.toUri().toString(), CONF);
    assertTrue(folder.isDirectory());
    assertFalse(folder.isFile());
    assertFalse(folder.resolve("missing").exists());
    List<Location> files = folder.dataFiles();
    assertEquals(List.of("part-00000.parquet", "part-00001.parquet", "year=2025/part-00002.parquet"),
        files.stream().map(folder::relativize).toList());
    try (InputStream in = files.get(0).open()) {
      assertEquals("a", new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
    Location file = folder.resolve("part-00001.parquet");
    assertTrue(file.isFile());
    assertEquals(List.of(file), file.dataFiles());
    assertEquals("victims.parquet/part-00001.parquet", folder.parent().relativize(file));
  }
}
