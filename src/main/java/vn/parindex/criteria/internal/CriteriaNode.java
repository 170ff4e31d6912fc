package vn.parindex.criteria.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import vn.parindex.criteria.Choice;
import vn.parindex.criteria.CriteriaNodeView;
import vn.parindex.criteria.MappingKind;
import vn.parindex.criteria.NodeDraft;
import vn.parindex.criteria.NodeLevel;
import vn.parindex.criteria.Scoring;
import vn.parindex.criteria.ScoringMethod;

/**
 * One node of a criteria set. The tree is kept by parent id and position and assembled in memory,
 * so a whole set loads in a constant number of queries (choices and sources by sub-select).
 */
@Entity
@Table(name = "criteria_node")
public class CriteriaNode {

    /** Prefix of codes that are only held while a set is renumbered; real codes are digits, dots or T. */
    private static final String TEMPORARY = "~";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "criteria_node_seq")
    @SequenceGenerator(name = "criteria_node_seq", sequenceName = "criteria_node_seq", allocationSize = 50)
    private Long id;

    private long setId;
    private Long parentId;

    @Enumerated(EnumType.STRING)
    @Column(columnDefinition = "varchar(20)")
    private NodeLevel level;

    private int position;
    private String code;
    private String nameVi;
    private String nameEn;
    private BigDecimal maxPoints;

    @Enumerated(EnumType.STRING)
    @Column(columnDefinition = "varchar(20)")
    private ScoringMethod method;

    private BigDecimal rangeMin;
    private BigDecimal rangeMax;
    private BigDecimal step;
    private boolean evidenceRequired;

    @Column(columnDefinition = "mediumtext")
    private String guidanceVi;

    @Column(columnDefinition = "mediumtext")
    private String guidanceEn;

    @Enumerated(EnumType.STRING)
    @Column(columnDefinition = "varchar(20)")
    private MappingKind mapping = MappingKind.NEW;

    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "criteria_choice", joinColumns = @JoinColumn(name = "node_id"))
    @OrderColumn(name = "position")
    @Fetch(FetchMode.SUBSELECT)
    private List<ChoiceValue> choices = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "criteria_node_source", joinColumns = @JoinColumn(name = "node_id"))
    @Column(name = "source_node_id")
    @Fetch(FetchMode.SUBSELECT)
    private Set<Long> sourceIds = new HashSet<>();

    protected CriteriaNode() {}

    public CriteriaNode(long setId, Long parentId, int position, NodeDraft draft) {
        this.setId = setId;
        this.parentId = parentId;
        this.position = position;
        this.level = draft.level();
        // Codes are unique per set; a new node holds a placeholder until it is numbered from its place.
        this.code = TEMPORARY + Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36);
        apply(draft);
    }

    /** Takes the draft's values; areas and criteria keep no rule of their own, only their maximum. */
    public void apply(NodeDraft draft) {
        this.nameVi = trim(draft.nameVi());
        this.nameEn = trim(draft.nameEn());
        this.guidanceVi = blankToNull(draft.guidanceVi());
        this.guidanceEn = blankToNull(draft.guidanceEn());
        this.evidenceRequired = draft.evidenceRequired();
        Scoring kept = draft.scoring().keptFor(level);
        this.maxPoints = kept.maxPoints();
        this.method = kept.method();
        this.rangeMin = kept.rangeMin();
        this.rangeMax = kept.rangeMax();
        this.step = kept.step();
        this.choices.clear();
        kept.choices().forEach(choice -> choices.add(new ChoiceValue(choice)));
    }

    /** What a unit's score is checked against: method, maximum, range, step and allowed values. */
    public Scoring scoring() {
        return new Scoring(method, maxPoints, rangeMin, rangeMax, step, choiceList());
    }

    public void mapTo(MappingKind kind, Set<Long> sources) {
        this.mapping = kind;
        this.sourceIds.clear();
        if (kind != MappingKind.NEW) {
            this.sourceIds.addAll(sources);
        }
    }

    public CriteriaNodeView toView(List<CriteriaNodeView> children) {
        return new CriteriaNodeView(
                id,
                parentId,
                level,
                code,
                nameVi,
                nameEn,
                scoring(),
                evidenceRequired,
                guidanceVi,
                guidanceEn,
                mapping,
                Set.copyOf(sourceIds),
                version,
                children);
    }

    /** The values a change after self-assessment opened keeps as the old version. */
    public Map<String, Object> snapshot() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("code", code);
        values.put("level", level);
        values.put("nameVi", nameVi);
        values.put("nameEn", nameEn);
        values.put("maxPoints", maxPoints);
        values.put("method", method);
        values.put("rangeMin", rangeMin);
        values.put("rangeMax", rangeMax);
        values.put("step", step);
        values.put("choices", choices.stream().map(ChoiceValue::toChoice).toList());
        values.put("evidenceRequired", evidenceRequired);
        return values;
    }

    public List<Choice> choiceList() {
        return choices.stream().map(ChoiceValue::toChoice).toList();
    }

    public Long getId() {
        return id;
    }

    public long getSetId() {
        return setId;
    }

    public Long getParentId() {
        return parentId;
    }

    public NodeLevel getLevel() {
        return level;
    }

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }

    public String getCode() {
        return code;
    }

    /** Created and not yet given its code (codes follow positions). */
    public boolean isNew() {
        return code.startsWith(TEMPORARY);
    }

    /** Parks the code on a value unique to the node while codes of the set are being swapped. */
    public void parkCode() {
        this.code = TEMPORARY + id;
    }

    public void setCode(String code) {
        if (!code.equals(this.code)) {
            this.code = code;
        }
    }

    public long getVersion() {
        return version;
    }

    public MappingKind getMapping() {
        return mapping;
    }

    public Set<Long> getSourceIds() {
        return sourceIds;
    }

    private static String trim(String value) {
        return value == null ? "" : value.trim();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
