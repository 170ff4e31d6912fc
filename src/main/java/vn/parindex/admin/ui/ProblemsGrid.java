package vn.parindex.admin.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.List;
import vn.parindex.shared.RowProblem;

/** An import's problems, one line each: row, column, message in the user's language. */
class ProblemsGrid extends Grid<RowProblem> {

    ProblemsGrid(String id) {
        setId(id);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        addColumn(problem -> problem.row() == 0 ? "" : String.valueOf(problem.row()))
                .setHeader(getTranslation("import.row"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(RowProblem::column)
                .setHeader(getTranslation("import.column"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(problem -> getTranslation(problem.messageKey(), problem.args().toArray()))
                .setHeader(getTranslation("import.problem"))
                .setFlexGrow(1);
        setAllRowsVisible(true);
        setVisible(false);
    }

    void show(List<RowProblem> problems) {
        setItems(problems);
        setVisible(!problems.isEmpty());
    }
}
