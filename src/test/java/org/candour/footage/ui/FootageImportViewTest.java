package org.candour.footage.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import java.util.stream.Stream;
import org.candour.footage.FootageImportService;
import org.candour.footage.ImportReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The upload page's structure and its report, without a browser (sign-in as an administrator is not available to
 * browser tests yet).
 */
class FootageImportViewTest {

    @BeforeEach
    void currentUi() {
        UI.setCurrent(new UI());
    }

    @AfterEach
    void noUi() {
        UI.setCurrent(null);
    }

    private static Stream<Component> tree(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(FootageImportViewTest::tree));
    }

    private static String text(Component root) {
        return root.getElement().getTextRecursively();
    }

    @Test
    void thePageExplainsTheColumnsAndOffersAnUploadWithAHiddenProgressBar() {
        var view = new FootageImportView(mock(FootageImportService.class), 64L * 1024 * 1024);

        assertThat(text(view)).contains("Import recording metadata", "recording_id", "officer_key",
                "never a name or collar number", "A file can be up to 64 MB");
        assertThat(view.getChildren().filter(c -> c.getId().filter("recordings-file"::equals).isPresent()))
                .hasSize(1);
        assertThat(tree(view).filter(c -> c.getId().filter("import-progress"::equals).isPresent()).findFirst())
                .hasValueSatisfying(bar -> assertThat(bar.getParent().orElseThrow().isVisible()).isFalse());
    }

    @Test
    void theReportShowsTotalsAndTheRejectedRowsWithTheirLines() {
        var panel = new ImportReportPanel();
        var report = new ImportReport(1_204, 1_200, 1_000, 150, 50, 4,
                List.of(new ImportReport.RowError(7, "end is before start"),
                        new ImportReport.RowError(19, "category must be stop_and_search, arrest or other")),
                2, "The database refused the batch of lines 1001 to 1204.");

        panel.show("export.csv", report);

        assertThat(text(panel)).contains("Import of export.csv stopped early", "The database refused",
                "1,204", "1,000", "150", "Only the first 2 problems are listed; 2 more rows had problems.");
        @SuppressWarnings("unchecked")
        var grid = (Grid<ImportReport.RowError>) tree(panel).filter(Grid.class::isInstance).findFirst().orElseThrow();
        assertThat(grid.isVisible()).isTrue();
        assertThat(grid.getGenericDataView().getItems().map(ImportReport.RowError::line)).containsExactly(7L, 19L);
        assertThat(tree(panel).filter(HasText.class::isInstance)).isNotEmpty();
    }
}
