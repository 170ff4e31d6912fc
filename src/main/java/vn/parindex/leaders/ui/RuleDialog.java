package vn.parindex.leaders.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import vn.parindex.leaders.LeaderRule;
import vn.parindex.leaders.LeaderTextLimits;
import vn.parindex.leaders.Level;
import vn.parindex.leaders.RuleKind;

/** One rule's kind, name, explanation and parameters; the fields shown follow the kind. */
class RuleDialog extends Dialog {

    private static final BigDecimal ANY = BigDecimal.valueOf(-1);

    RuleDialog(Map<BigDecimal, String> bands, LeaderRule rule, Consumer<LeaderRule> done) {
        setId("leader-rule-dialog");
        setHeaderTitle(getTranslation(rule == null ? "leaders.rules.add" : "leaders.rules.edit"));
        Select<RuleKind> kind = new Select<>();
        kind.setId("leader-rule-kind");
        kind.setLabel(getTranslation("leaders.rules.kind"));
        kind.setItems(RuleKind.values());
        kind.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
        TextField name = new TextField(getTranslation("leaders.rules.name"));
        name.setId("leader-rule-name");
        name.setMaxLength(LeaderTextLimits.RULE_NAME);
        TextArea explanation = new TextArea(getTranslation("leaders.rules.explanation"));
        explanation.setId("leader-rule-explanation");
        explanation.setMaxLength(LeaderTextLimits.RULE_EXPLANATION);
        Select<Level> level = new Select<>();
        level.setId("leader-rule-level");
        level.setLabel(getTranslation("leaders.rules.level"));
        level.setItems(Level.values());
        level.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
        Select<BigDecimal> band = new Select<>();
        band.setId("leader-rule-band");
        band.setLabel(getTranslation("leaders.rules.band"));
        List<BigDecimal> bandItems = new ArrayList<>();
        bandItems.add(ANY);
        bandItems.addAll(bands.keySet());
        band.setItems(bandItems);
        band.setItemLabelGenerator(
                value -> value.equals(ANY) ? getTranslation("leaders.rules.anyBand") : bands.get(value));
        IntegerField count = new IntegerField(getTranslation("leaders.rules.rankCount"));
        count.setId("leader-rule-count");
        count.setMin(1);
        IntegerField minMonths = new IntegerField(getTranslation("leaders.rules.minMonths"));
        minMonths.setId("leader-rule-min-months");
        IntegerField maxMonths = new IntegerField(getTranslation("leaders.rules.maxMonths"));
        maxMonths.setId("leader-rule-max-months");
        BigDecimalField percent = new BigDecimalField(getTranslation("leaders.rules.percent"));
        percent.setId("leader-rule-percent");
        for (var field : List.of(name, explanation)) {
            field.setWidthFull();
        }
        kind.addValueChangeListener(event -> {
            RuleKind chosen = event.getValue();
            band.setVisible(chosen == RuleKind.PROPOSE || chosen == RuleKind.CAP_BAND);
            count.setVisible(chosen == RuleKind.PROPOSE || chosen == RuleKind.CAP_LAST_RANKS);
            minMonths.setVisible(chosen == RuleKind.ABSENCE);
            maxMonths.setVisible(chosen == RuleKind.ABSENCE);
            percent.setVisible(chosen == RuleKind.SHARE_CAP);
        });
        add(kind, name, explanation, level, band, count, minMonths, maxMonths, percent);
        if (rule != null) {
            name.setValue(rule.name());
            explanation.setValue(rule.explanation());
            level.setValue(rule.level());
            band.setValue(rule.bandMin() == null ? ANY : rule.bandMin().stripTrailingZeros());
            count.setValue(rule.rankCount());
            minMonths.setValue(rule.minMonths());
            maxMonths.setValue(rule.maxMonths());
            percent.setValue(rule.percent());
            kind.setValue(rule.kind());
        } else {
            kind.setValue(RuleKind.PROPOSE);
            level.setValue(Level.WELL);
            band.setValue(ANY);
        }
        Button ok = new Button(getTranslation("leaders.save"), event -> {
            BigDecimal chosenBand = band.getValue() == null || band.getValue().equals(ANY) ? null : band.getValue();
            RuleKind chosen = kind.getValue();
            done.accept(new LeaderRule(
                    chosen,
                    name.getValue(),
                    explanation.getValue(),
                    chosen == RuleKind.DISCIPLINE ? Level.NOT_COMPLETED : level.getValue(),
                    chosen == RuleKind.PROPOSE || chosen == RuleKind.CAP_BAND ? chosenBand : null,
                    chosen == RuleKind.PROPOSE || chosen == RuleKind.CAP_LAST_RANKS ? count.getValue() : null,
                    chosen == RuleKind.ABSENCE ? minMonths.getValue() : null,
                    chosen == RuleKind.ABSENCE ? maxMonths.getValue() : null,
                    chosen == RuleKind.SHARE_CAP ? percent.getValue() : null));
            close();
        });
        ok.setId("leader-rule-ok");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("leaders.cancel"), event -> close()), ok);
        setWidth("36em");
    }
}
