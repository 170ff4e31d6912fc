package vn.parindex.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.function.LongConsumer;
import vn.parindex.assessment.SubmissionBlocker;

/** Lists what keeps the assessment from being submitted; each line leads to its item. */
class BlockersDialog extends Dialog {

    BlockersDialog(List<SubmissionBlocker> blockers, LongConsumer goTo) {
        setId("sa-blockers-dialog");
        setHeaderTitle(getTranslation("sa.blockers.title"));
        add(new Paragraph(getTranslation("sa.blockers.text", blockers.size())));
        UnorderedList list = new UnorderedList();
        list.setId("sa-blockers");
        list.addClassName("portal-problem-list");
        for (SubmissionBlocker blocker : blockers) {
            Button line = new Button(getTranslation(blocker.messageKey(), blocker.code()), event -> {
                close();
                goTo.accept(blocker.nodeId());
            });
            line.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            list.add(new ListItem(line));
        }
        add(list);
        Button close = new Button(getTranslation("action.close"), event -> close());
        close.setId("sa-blockers-close");
        getFooter().add(close);
        setWidth("560px");
        setMaxHeight("80vh");
    }
}
