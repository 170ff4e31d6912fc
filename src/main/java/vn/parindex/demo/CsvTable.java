package vn.parindex.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import vn.parindex.criteria.CriteriaRows;

/** Reads the shipped demo CSV files. */
final class CsvTable {

    private CsvTable() {}

    static List<List<String>> read(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return CriteriaRows.readCsv(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
