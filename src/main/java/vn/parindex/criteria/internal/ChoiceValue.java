package vn.parindex.criteria.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import vn.parindex.criteria.Choice;

@Embeddable
public class ChoiceValue {

    @Column(name = "choice_value")
    private BigDecimal value;

    private String descriptionVi;
    private String descriptionEn;

    protected ChoiceValue() {}

    ChoiceValue(Choice choice) {
        this.value = choice.value();
        this.descriptionVi = choice.descriptionVi();
        this.descriptionEn = choice.descriptionEn();
    }

    Choice toChoice() {
        return new Choice(value, descriptionVi, descriptionEn);
    }
}
