package vn.parindex.assessment;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.assessment.internal.AssessmentWindow;
import vn.parindex.assessment.internal.Evidence;
import vn.parindex.assessment.internal.EvidenceContentStore;
import vn.parindex.assessment.internal.EvidenceProperties;
import vn.parindex.assessment.internal.EvidenceRepository;
import vn.parindex.assessment.internal.FileTypes;
import vn.parindex.assessment.internal.ScoreItem;
import vn.parindex.assessment.internal.ScoreItemRepository;
import vn.parindex.assessment.internal.SelfAssessment;
import vn.parindex.assessment.internal.SelfAssessmentRepository;
import vn.parindex.audit.AuditLog;
import vn.parindex.audit.AuditScope;
import vn.parindex.criteria.CriteriaCatalog;
import vn.parindex.criteria.ScoreRule;
import vn.parindex.security.CurrentUserService;
import vn.parindex.security.Role;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.ConcurrentEditException;
import vn.parindex.shared.TextLimits;

/**
 * A unit's evidence library for a period: files (checked by content, stored once per SHA-256) and
 * document references, linked to score items. Changes follow the same window as the scores.
 */
@Service
@RolesAllowed({Role.Names.FOCAL_POINT, Role.Names.SECRETARIAT})
public class EvidenceLibrary {

    private final EvidenceRepository evidence;
    private final EvidenceContentStore contents;
    private final SelfAssessmentRepository assessments;
    private final ScoreItemRepository items;
    private final CriteriaCatalog catalog;
    private final CurrentUserService currentUser;
    private final AssessmentWindow window;
    private final FileTypes fileTypes;
    private final EvidenceProperties properties;
    private final AuditLog audit;
    private final Clock clock;

    EvidenceLibrary(
            EvidenceRepository evidence,
            EvidenceContentStore contents,
            SelfAssessmentRepository assessments,
            ScoreItemRepository items,
            CriteriaCatalog catalog,
            CurrentUserService currentUser,
            AssessmentWindow window,
            FileTypes fileTypes,
            EvidenceProperties properties,
            AuditLog audit,
            Clock clock) {
        this.evidence = evidence;
        this.contents = contents;
        this.assessments = assessments;
        this.items = items;
        this.catalog = catalog;
        this.currentUser = currentUser;
        this.window = window;
        this.fileTypes = fileTypes;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
    }

    /** The largest file accepted, in bytes. */
    // Any signed-in user: @PermitAll lifts the class-level roles, @PreAuthorize still needs a sign-in.
    @PermitAll
    @PreAuthorize("isAuthenticated()")
    public long maxFileSize() {
        return properties.maxFileSize().toBytes();
    }

    /**
     * Adds a file to the unit's library. The name must be a plain file name with an accepted
     * extension and the content must be of that type; a file already in the library is not stored
     * again, and identical content uploaded by other units is kept once.
     */
    @Transactional
    @RolesAllowed(Role.Names.FOCAL_POINT)
    public UploadResult upload(long periodId, long unitId, String fileName, byte[] content) {
        requireEditable(periodId, unitId);
        String name = checkedName(fileName);
        if (content == null || content.length == 0) {
            throw new BusinessRuleException("evidence.empty", name);
        }
        if (content.length > maxFileSize()) {
            throw new BusinessRuleException("evidence.tooLarge", name, maxFileSize() / (1024 * 1024));
        }
        String expected = fileTypes
                .expectedType(name)
                .orElseThrow(
                        () -> new BusinessRuleException("evidence.typeNotAllowed", name, FileTypes.ALLOWED_EXTENSIONS));
        switch (fileTypes.check(content, name, expected)) {
            case WRONG_TYPE -> throw new BusinessRuleException("evidence.typeMismatch", name);
            case MACROS -> throw new BusinessRuleException("evidence.macros", name);
            case ACCEPTED -> {
                // stored below
            }
        }
        String sha256 = sha256(content);
        var existing = evidence.findByPeriodIdAndUnitIdAndSha256(periodId, unitId, sha256);
        if (existing.isPresent()) {
            return new UploadResult(
                    existing.get().toSummary((int) items.linksTo(existing.get().getId())), true);
        }
        contents.storeOnce(sha256, content);
        Evidence saved = evidence.save(Evidence.file(
                periodId, unitId, name, expected, content.length, sha256, username(), Instant.now(clock)));
        EvidenceSummary summary = saved.toSummary(0);
        audit.record(
                AuditScope.of(unitId, periodId),
                "EVIDENCE_UPLOADED",
                "EVIDENCE",
                saved.getId(),
                null,
                describe(summary));
        return new UploadResult(summary, false);
    }

    /** Records an official document kept elsewhere: its number, date, issuer and an optional link. */
    @Transactional
    @RolesAllowed(Role.Names.FOCAL_POINT)
    public EvidenceSummary addReference(long periodId, long unitId, ReferenceDraft draft) {
        requireEditable(periodId, unitId);
        requireText(draft.title(), "evidence.titleRequired", TextLimits.TITLE);
        requireText(draft.number(), "evidence.numberRequired", TextLimits.DOCUMENT_NUMBER);
        requireText(draft.issuer(), "evidence.issuerRequired", TextLimits.NAME);
        if (draft.date() == null) {
            throw new BusinessRuleException("evidence.dateRequired");
        }
        if (draft.date().isAfter(LocalDate.now(clock))) {
            throw new BusinessRuleException("evidence.dateInFuture");
        }
        if (draft.link() != null
                && !draft.link().isBlank()
                && !webAddress(draft.link().strip())) {
            throw new BusinessRuleException("evidence.badLink");
        }
        if (draft.link() != null && draft.link().strip().length() > TextLimits.LINK) {
            throw new BusinessRuleException("field.tooLong");
        }
        Evidence saved = evidence.save(Evidence.reference(periodId, unitId, draft, username(), Instant.now(clock)));
        EvidenceSummary summary = saved.toSummary(0);
        audit.record(
                AuditScope.of(unitId, periodId),
                "EVIDENCE_REFERENCE_ADDED",
                "EVIDENCE",
                saved.getId(),
                null,
                describe(summary));
        return summary;
    }

    /** Links library evidence to a component of the same unit's assessment. */
    @Transactional
    @RolesAllowed(Role.Names.FOCAL_POINT)
    public void link(long assessmentId, long nodeId, long evidenceId) {
        SelfAssessment assessment = editableAssessment(assessmentId);
        ScoreItem item = editableItem(assessment, nodeId, evidenceId, true);
        if (items.link(item.getId(), evidenceId) > 0) {
            auditLink(assessment, item, evidenceId, true);
        }
    }

    @Transactional
    @RolesAllowed(Role.Names.FOCAL_POINT)
    public void unlink(long assessmentId, long nodeId, long evidenceId) {
        // Evidence stays removable from an item that stopped applying to the unit.
        SelfAssessment assessment = editableAssessment(assessmentId);
        ScoreItem item = editableItem(assessment, nodeId, evidenceId, false);
        if (items.unlink(item.getId(), evidenceId) > 0) {
            auditLink(assessment, item, evidenceId, false);
        }
    }

    /**
     * Sets which library evidence is linked to a component of the same unit's assessment, all in
     * one transaction: each link added or removed is audited as by {@link #link} and {@link #unlink},
     * and a refusal of any of them changes nothing. Evidence stays removable from an item that
     * stopped applying to the unit; adding needs an item the unit scores itself.
     */
    @Transactional
    @RolesAllowed(Role.Names.FOCAL_POINT)
    public void setLinks(long assessmentId, long nodeId, Set<Long> evidenceIds) {
        SelfAssessment assessment = editableAssessment(assessmentId);
        ScoreRule rule = rule(assessment, nodeId);
        ScoreItem item = item(assessment, nodeId);
        Set<Long> current = new HashSet<>(items.linkedEvidence(item.getId()));
        Set<Long> added = new TreeSet<>(evidenceIds);
        added.removeAll(current);
        Set<Long> removed = new TreeSet<>(current);
        removed.removeAll(evidenceIds);
        if (!added.isEmpty() && !rule.selfScored()) {
            throw new BusinessRuleException("assessment.unknownItem");
        }
        added.forEach(evidenceId -> requireSameLibrary(assessment, evidenceId));
        for (long evidenceId : added) {
            items.link(item.getId(), evidenceId);
            auditLink(assessment, item, evidenceId, true);
        }
        for (long evidenceId : removed) {
            items.unlink(item.getId(), evidenceId);
            auditLink(assessment, item, evidenceId, false);
        }
    }

    private void auditLink(SelfAssessment assessment, ScoreItem item, long evidenceId, boolean linked) {
        Map<String, Object> link = Map.of("evidence", evidenceId);
        audit.record(
                scope(assessment),
                linked ? "EVIDENCE_LINKED" : "EVIDENCE_UNLINKED",
                "SCORE_ITEM",
                item.getId(),
                linked ? null : link,
                linked ? link : null);
    }

    /** Removes evidence that no item uses, while the assessment is open; its bytes go when no one else has them. */
    @Transactional
    @RolesAllowed(Role.Names.FOCAL_POINT)
    public void delete(long evidenceId, long expectedVersion) {
        Evidence entry = find(evidenceId);
        requireEditable(entry.getPeriodId(), entry.getUnitId());
        ConcurrentEditException.check(entry.getVersion(), expectedVersion);
        if (items.linksTo(evidenceId) > 0) {
            throw new BusinessRuleException("evidence.inUse");
        }
        EvidenceSummary summary = entry.toSummary(0);
        if (entry.getSha256() != null) {
            contents.lock(entry.getSha256());
        }
        evidence.delete(entry);
        evidence.flush();
        if (entry.getSha256() != null && evidence.countBySha256(entry.getSha256()) == 0) {
            contents.delete(entry.getSha256());
        }
        audit.record(
                AuditScope.of(entry.getUnitId(), entry.getPeriodId()),
                "EVIDENCE_DELETED",
                "EVIDENCE",
                evidenceId,
                describe(summary),
                null);
    }

    /**
     * A file for download or preview, only for those who may read the unit's library. Its content
     * streams from the database chunk by chunk as it is read; close it when done.
     */
    @Transactional(readOnly = true)
    public EvidenceFile file(long evidenceId) {
        Evidence entry = find(evidenceId);
        EvidenceSummary summary = entry.toSummary(0);
        if (!summary.file()) {
            throw new BusinessRuleException("evidence.notAFile");
        }
        if (!contents.exists(summary.sha256())) {
            throw new BusinessRuleException("evidence.notFound");
        }
        audit.recordAccess(
                AuditScope.of(entry.getUnitId(), entry.getPeriodId()),
                "EVIDENCE_DOWNLOADED",
                "EVIDENCE",
                evidenceId,
                java.util.Map.of("unitId", entry.getUnitId(), "file", summary.fileName()));
        return new EvidenceFile(
                summary.fileName(), summary.contentType(), summary.sizeBytes(), contents.open(summary.sha256()));
    }

    private ScoreItem editableItem(SelfAssessment assessment, long nodeId, long evidenceId, boolean mustBeSelfScored) {
        requireSameLibrary(assessment, evidenceId);
        ScoreRule rule = rule(assessment, nodeId);
        if (mustBeSelfScored && !rule.selfScored()) {
            throw new BusinessRuleException("assessment.unknownItem");
        }
        return item(assessment, nodeId);
    }

    private SelfAssessment editableAssessment(long assessmentId) {
        SelfAssessment assessment = assessments
                .findForUpdate(assessmentId)
                .orElseThrow(() -> new BusinessRuleException("assessment.notFound"));
        window.requireEditable(assessment);
        return assessment;
    }

    private static AuditScope scope(SelfAssessment assessment) {
        return AuditScope.of(assessment.getUnitId(), assessment.getPeriodId());
    }

    private void requireSameLibrary(SelfAssessment assessment, long evidenceId) {
        Evidence entry = find(evidenceId);
        if (entry.getUnitId() != assessment.getUnitId() || entry.getPeriodId() != assessment.getPeriodId()) {
            throw new AccessDeniedException("Evidence " + evidenceId + " belongs to another library");
        }
    }

    private ScoreRule rule(SelfAssessment assessment, long nodeId) {
        ScoreRule rule = catalog.scoreRules(assessment.getSetId(), assessment.getUnitId())
                .get(nodeId);
        if (rule == null) {
            throw new BusinessRuleException("assessment.unknownItem");
        }
        return rule;
    }

    private ScoreItem item(SelfAssessment assessment, long nodeId) {
        return items.findByAssessmentIdAndNodeId(assessment.getId(), nodeId)
                .orElseGet(() -> items.save(new ScoreItem(assessment.getId(), assessment.getSetId(), nodeId)));
    }

    private void requireEditable(long periodId, long unitId) {
        // Changing a library is a focal point's work, on their own unit only.
        currentUser.checkUnitAccess(unitId);
        boolean submitted = assessments
                .findForUpdate(periodId, unitId)
                .map(SelfAssessment::submitted)
                .orElse(false);
        window.requireEditable(periodId, unitId, submitted);
    }

    /** Reads an entry: the secretariat reads every unit's, a focal point only their own unit's. */
    private Evidence find(long evidenceId) {
        Evidence entry =
                evidence.findById(evidenceId).orElseThrow(() -> new BusinessRuleException("evidence.notFound"));
        currentUser.checkUnitAccess(entry.getUnitId(), Role.SECRETARIAT);
        return entry;
    }

    /** The uploaded name, which is shown as is but never used as a path. */
    private static String checkedName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            throw new BusinessRuleException("evidence.nameRequired");
        }
        String name = fileName.strip();
        if (name.contains("/")
                || name.contains("\\")
                || name.equals("..")
                || name.chars().anyMatch(Character::isISOControl)) {
            throw new BusinessRuleException("evidence.badName", name);
        }
        if (name.length() > TextLimits.NAME) {
            throw new BusinessRuleException("evidence.nameTooLong", TextLimits.NAME);
        }
        return name;
    }

    private static void requireText(String value, String key, int maxLength) {
        if (value == null || value.isBlank() || value.strip().length() > maxLength) {
            throw new BusinessRuleException(key, maxLength);
        }
    }

    private static boolean webAddress(String link) {
        try {
            URI uri = URI.create(link);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private String username() {
        return currentUser.require().username();
    }

    private static Map<String, Object> describe(EvidenceSummary summary) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("kind", summary.kind());
        values.put("title", summary.title());
        if (summary.file()) {
            values.put("fileName", summary.fileName());
            values.put("type", summary.contentType());
            values.put("size", summary.sizeBytes());
            values.put("sha256", summary.sha256());
        } else {
            values.put("number", summary.docNumber());
            values.put("date", summary.docDate());
            values.put("issuer", summary.issuer());
            values.put("link", summary.link());
        }
        values.put("unit", summary.unitId());
        values.put("period", summary.periodId());
        return values;
    }
}
