package vn.parindex.assessment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.parindex.assessment.OfficeFiles;
import vn.parindex.assessment.internal.FileTypes.Verdict;

/** Office files are opened: the right kind of document, and no macros in any of the three formats. */
class FileTypesTest {

    private final FileTypes types = new FileTypes();

    private Verdict check(String name, byte[] content) {
        return types.check(content, name, types.expectedType(name).orElseThrow());
    }

    @Test
    void cleanOfficeDocumentsAreAccepted() {
        Map<String, byte[]> clean = new LinkedHashMap<>();
        clean.put("Báo cáo.docx", OfficeFiles.docx());
        clean.put("Bảng.xlsx", OfficeFiles.xlsx());
        clean.put("Bảng cũ.xls", OfficeFiles.xls());
        clean.put("Công văn cũ.doc", OfficeFiles.doc());
        clean.put("Báo cáo.odt", OfficeFiles.odt());
        clean.put("Bảng.ods", OfficeFiles.ods());
        clean.forEach(
                (name, content) -> assertThat(check(name, content)).as(name).isEqualTo(Verdict.ACCEPTED));
    }

    @Test
    void documentsCarryingMacrosAreRecognisedWhateverTheirName() {
        Map<String, byte[]> macros = new LinkedHashMap<>();
        macros.put("docm đổi tên.docx", OfficeFiles.docxWithVbaProject());
        macros.put("kiểu macroEnabled.docx", OfficeFiles.docxDeclaredMacroEnabled());
        macros.put("xlsm đổi tên.xlsx", OfficeFiles.xlsmRenamed());
        macros.put("Bảng có VBA.xls", OfficeFiles.xlsWithVba());
        macros.put("Văn bản có macro.doc", OfficeFiles.docWithMacros());
        macros.put("Văn bản có Basic.odt", OfficeFiles.odtWithBasic());
        macros.put("Bảng có script.ods", OfficeFiles.odsWithScript());
        macros.forEach(
                (name, content) -> assertThat(check(name, content)).as(name).isEqualTo(Verdict.MACROS));
    }

    @Test
    void aDocumentOfAnotherKindIsStillTheWrongType() {
        assertThat(check("Bảng.docx", OfficeFiles.xlsx())).isEqualTo(Verdict.WRONG_TYPE);
        assertThat(check("Văn bản.xls", OfficeFiles.doc())).isEqualTo(Verdict.WRONG_TYPE);
        assertThat(check("Bảng.odt", OfficeFiles.ods())).isEqualTo(Verdict.WRONG_TYPE);
    }
}
