package vn.parindex.shared.ui;

import com.vaadin.flow.component.Component;
import vn.parindex.shared.BusinessRuleException;

/** Turns a refused request into the sentence the user reads, in their language. */
public final class Messages {

    private Messages() {}

    public static String of(Component component, BusinessRuleException refusal) {
        return component.getTranslation(refusal.messageKey(), refusal.arguments());
    }
}
