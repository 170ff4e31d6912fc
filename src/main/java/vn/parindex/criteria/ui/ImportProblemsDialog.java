package vn.parindex.criteria.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import vn.parindex.criteria.ImportProblem;

/** Lists every problem of a rejected import with its row number. */
class ImportProblemsDialog extends Dialog {

    ImportProblemsDialog(List<ImportProblem> found) {
        setId("import-problems");
        setHeaderTitle(getTranslation("criteria.importRejected", found.size()));
        VerticalLayout list = new VerticalLayout();
        list.setPadding(false);
        for (ImportProblem problem : found) {
            list.add(new Span(getTranslation(
                    "criteria.importRow", problem.row(), getTranslation(problem.messageKey(), problem.args()))));
        }
        add(list);
        getFooter().add(new Button(getTranslation("action.close"), event -> close()));
        setWidth("min(640px, 96vw)");
    }
}
