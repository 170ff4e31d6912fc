package vn.parindex.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import vn.parindex.organization.BlockSummary;
import vn.parindex.organization.OrganizationDirectory;
import vn.parindex.organization.ProvinceDraft;
import vn.parindex.organization.ProvinceSetup;
import vn.parindex.organization.UnitAdministration;
import vn.parindex.organization.UnitDraft;
import vn.parindex.organization.UnitSummary;
import vn.parindex.security.Role;
import vn.parindex.security.RunAs;
import vn.parindex.security.UserAdministration;
import vn.parindex.security.UserDraft;
import vn.parindex.security.UserSummary;

/**
 * Loads the demo province (Hai Duong, as in the 2023 report the product started from) and the demo
 * accounts. Idempotent: only what is missing is created, through the same services users call.
 */
@Component
@Order(0)
@ConditionalOnProperty(name = "parindex.demo.enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

    static final String DEMO_PASSWORD = "Demo@2024";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final UnitAdministration unitAdministration;
    private final OrganizationDirectory directory;
    private final UserAdministration userAdministration;
    private final RunAs runAs;
    private final ProvinceSetup provinceSetup;

    DemoData(
            UnitAdministration unitAdministration,
            OrganizationDirectory directory,
            UserAdministration userAdministration,
            RunAs runAs,
            ProvinceSetup provinceSetup) {
        this.provinceSetup = provinceSetup;
        this.unitAdministration = unitAdministration;
        this.directory = directory;
        this.userAdministration = userAdministration;
        this.runAs = runAs;
    }

    @Override
    public void run(ApplicationArguments args) {
        // No account exists yet on an empty database: the portal itself creates the first ones.
        runAs.asSystem(() -> {
            loadOrganization();
            loadAccounts();
        });
    }

    private void loadOrganization() {
        ProvinceDraft haiDuong = new ProvinceDraft(
                "HD", "Tỉnh Hải Dương", "Hai Duong Province", "Sở Nội vụ", "Department of Home Affairs");
        directory
                .province()
                .ifPresentOrElse(
                        // A demo database from before the setup existed has no agency yet.
                        province -> {
                            if (province.agencyVi() == null) {
                                provinceSetup.saveProvince(haiDuong, province.version());
                            }
                        },
                        () -> provinceSetup.saveProvince(haiDuong, null));
        Map<String, Long> blocks = blockIds();
        if (!blocks.containsKey("DEPARTMENT")) {
            unitAdministration.createBlock("DEPARTMENT", "Khối sở, ban, ngành", "Departments and sectors", 1);
        }
        if (!blocks.containsKey("DISTRICT")) {
            unitAdministration.createBlock("DISTRICT", "Khối UBND cấp huyện", "District-level People's Committees", 2);
        }
        blocks = blockIds();
        Set<String> existing = directory.units().stream().map(UnitSummary::code).collect(Collectors.toSet());
        Map<String, Integer> positions = new HashMap<>();
        int created = 0;
        for (String[] row : readUnits()) {
            int position = positions.merge(row[0], 1, Integer::sum);
            if (existing.contains(row[1])) {
                continue;
            }
            unitAdministration.createUnit(new UnitDraft(
                    row[1], row[2], row[3], row[4], blocks.get(row[0]), true, row[5], row[6], row[7], position));
            created++;
        }
        if (created > 0) {
            log.info("Demo data: {} units created", created);
        }
    }

    private Map<String, Long> blockIds() {
        return directory.blocks().stream().collect(Collectors.toMap(BlockSummary::code, BlockSummary::id));
    }

    private void loadAccounts() {
        Map<String, Long> units =
                directory.units().stream().collect(Collectors.toMap(UnitSummary::code, UnitSummary::id));
        Set<String> existing =
                userAdministration.users().stream().map(UserSummary::username).collect(Collectors.toSet());
        List<UserDraft> accounts = List.of(
                account("admin", "Nguyễn Minh Quân", null, units, Role.ADMIN),
                account("noivu", "Hoàng Quốc Huy", "SNV", units, Role.SECRETARIAT),
                account("gtvt", "Trần Thị Mai", "SGTVT", units, Role.FOCAL_POINT),
                account("yte", "Lê Văn Hòa", "SYT", units, Role.FOCAL_POINT),
                account("namsach", "Nguyễn Văn Huy", "HNS", units, Role.FOCAL_POINT),
                account("hoidong1", "Phạm Thị Hương", "STP", units, Role.COUNCIL_MEMBER),
                account("hoidong2", "Đỗ Văn Thắng", "STC", units, Role.COUNCIL_MEMBER),
                account("hoidong3", "Vũ Thị Lan Anh", "STTTT", units, Role.COUNCIL_MEMBER),
                account("lanhdao", "Triệu Thế Hùng", null, units, Role.LEADER));
        for (UserDraft account : accounts) {
            if (!existing.contains(account.username())) {
                userAdministration.createWithPresetPassword(account);
            }
        }
    }

    private static UserDraft account(
            String username, String fullName, String unitCode, Map<String, Long> units, Role role) {
        return new UserDraft(
                username,
                fullName,
                username + "@haiduong.gov.vn",
                unitCode == null ? null : units.get(unitCode),
                EnumSet.of(role),
                DEMO_PASSWORD);
    }

    private static List<String[]> readUnits() {
        try (var reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource("demo/units.csv").getInputStream(), StandardCharsets.UTF_8))) {
            return reader.lines()
                    .skip(1)
                    .filter(line -> !line.isBlank())
                    .map(line -> line.split(";", -1))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
