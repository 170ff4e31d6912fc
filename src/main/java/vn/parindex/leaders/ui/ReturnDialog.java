package vn.parindex.leaders.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import vn.parindex.leaders.BlockClassification;
import vn.parindex.leaders.LeaderClassifications;
import vn.parindex.leaders.LeaderTextLimits;

/** The leader returns a submitted block to the secretariat with comments. */
class ReturnDialog extends Dialog {

    ReturnDialog(LeadersView view, LeaderClassifications classifications, BlockClassification shown) {
        setId("leaders-return-dialog");
        setHeaderTitle(getTranslation("leaders.return") + " · " + shown.blockName(getLocale()));
        TextArea comment = new TextArea(getTranslation("leaders.returnComment"));
        comment.setId("leaders-return-comment");
        comment.setMaxLength(LeaderTextLimits.JUSTIFICATION);
        comment.setWidthFull();
        add(comment);
        Button send = new Button(getTranslation("leaders.return"), event -> {
            if (view.run(
                    () -> classifications.returnWithComments(shown.id(), comment.getValue(), shown.version()),
                    "leaders.returnedDone")) {
                close();
            }
        });
        send.setId("leaders-return-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        getFooter().add(new Button(getTranslation("leaders.cancel"), event -> close()), send);
        setWidth("34em");
    }
}
