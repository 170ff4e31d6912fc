package vn.parindex.awards;

import java.util.Locale;
import vn.parindex.shared.Locales;

/**
 * A kind of award from the configurable list (default "Bằng khen của Chủ tịch UBND tỉnh"). An inactive
 * type stays on the nominations and decisions that use it but is not offered for new ones.
 */
public record AwardType(
        long id, String code, String nameVi, String nameEn, boolean active, boolean defaultType, long version) {

    public static final String DEFAULT_CODE = "PPC_CERTIFICATE";

    public String name(Locale locale) {
        return Locales.pick(locale, nameVi, nameEn);
    }
}
