package org.veritext.app.ui.article;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.veritext.app.ui.common.OverLengthWarning;
import org.veritext.app.ui.error.Notifications;
import org.veritext.app.ui.error.UserMessages;
import org.veritext.core.DomainException;
import org.veritext.core.article.ArticleDetails;
import org.veritext.core.article.ArticleLimits;
import org.veritext.core.article.ArticleService;
import org.veritext.core.project.ProjectSummary;
import com.vaadin.flow.component.select.Select;
import org.veritext.core.article.DuplicateArticleException;
import org.veritext.core.article.NewArticle;
import org.veritext.core.importing.ArticleDraft;
import org.veritext.core.importing.ArticleFileReader;
import org.veritext.core.text.TextNormaliser;

/**
 * Import an article: paste its text, or read a {@code .txt}, {@code .md} or {@code .html} file into the form to
 * check and complete before saving, with notes on what the reader left out of the page. Nothing is stored until
 * Save; a refused file or text leaves the form as it was.
 */
class ImportArticleDialog extends Dialog {

    private static final List<String> COMMON_LANGUAGES =
            List.of("en", "tr", "uk", "ru", "ar", "de", "fr", "es", "pt", "it", "nl", "pl", "he", "fa");

    private final ArticleService articles;
    private final ArticleFileReader fileReader;
    private final Consumer<UUID> onImported;
    private final Select<ProjectSummary> project = new Select<>();

    private final TextField title = new TextField("Title");
    private final TextArea text = new TextArea("Text");
    private final TextField sourceUrl = new TextField("Source address");
    private final TextField publisher = new TextField("Publisher");
    private final DatePicker publishedOn = new DatePicker("Published on");
    private final ComboBox<String> language = new ComboBox<>("Language");
    private final Div leftOutNotes = new Div();
    private final Upload upload;

    /**
     * @param projects where the user may import (at least one); the choice is shown only when there are several
     * @param chosen   the project to start with, e.g. the one the article list shows; null for the first
     */
    ImportArticleDialog(ArticleService articles, ArticleFileReader fileReader, List<ProjectSummary> projects,
                        ProjectSummary chosen, Consumer<UUID> onImported) {
        this.articles = articles;
        this.fileReader = fileReader;
        this.onImported = onImported;
        setId("import-dialog");
        setHeaderTitle("Import article");
        setWidth("min(56rem, 96vw)");

        upload = new Upload(readIntoForm());
        upload.setId("import-file");
        upload.setAcceptedFileTypes(".txt", ".md", ".markdown", ".html", ".htm", "text/plain", "text/markdown",
                "text/html");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(ArticleFileReader.MAX_FILE_BYTES);
        upload.setDropLabel(new Span("Drop a .txt, .md or .html file (up to 5 MB) here, or paste the text below"));
        upload.addFileRejectedListener(rejected -> Notifications.error(
                "This file cannot be imported: " + rejected.getErrorMessage()));

        // No maxLength: the browser would cut a long paste silently. Too long is shown in the field, and refused.
        title.setId("import-title");
        title.setRequired(true);
        OverLengthWarning.watch(title, ArticleLimits.TITLE, TextNormaliser::normaliseLine);
        text.setId("import-text");
        text.setRequired(true);
        OverLengthWarning.watch(text, ArticleLimits.TEXT, TextNormaliser::normalise);
        text.setPlaceholder("Paste the article's text here. Blank lines separate paragraphs.");
        text.setHeight("18rem");
        sourceUrl.setId("import-source-url");
        sourceUrl.setPlaceholder("https://…");
        publisher.setId("import-publisher");
        publishedOn.setId("import-published-on");
        language.setId("import-language");
        language.setItems(COMMON_LANGUAGES);
        language.setAllowCustomValue(true);
        language.addCustomValueSetListener(custom -> language.setValue(custom.getDetail()));
        language.setValue("en");
        language.setHelperText("A code such as en, tr or pt-BR");

        project.setId("import-project");
        project.setLabel("Project");
        project.setItems(projects);
        project.setItemLabelGenerator(ProjectSummary::name);
        project.setValue(chosen != null && projects.contains(chosen) ? chosen : projects.getFirst());
        project.setHelperText("Only the project's members will see the article.");
        project.setVisible(projects.size() > 1);

        FormLayout form = new FormLayout(project, title, text, sourceUrl, publisher, publishedOn, language);
        form.setColspan(project, 2);
        form.setColspan(title, 2);
        form.setColspan(text, 2);
        form.setColspan(sourceUrl, 2);
        leftOutNotes.setId("import-notes");
        leftOutNotes.addClassName("import-notes");
        leftOutNotes.setVisible(false);
        add(new Paragraph("The text is stored exactly once and never changes afterwards, so that claims stay where "
                + "they were highlighted. Check it before saving."), upload, leftOutNotes, form);

        Button save = new Button("Save", click -> save());
        save.setId("import-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", click -> close());
        getFooter().add(cancel, save);
    }

    /**
     * Reads the uploaded file on the request thread (at most 5 MB is read, whatever the browser claims) and fills
     * the form in the UI. A refused file explains itself and leaves the form untouched.
     */
    private UploadHandler readIntoForm() {
        return event -> {
            UI ui = event.getUI();
            try {
                ArticleDraft read = fileReader.read(event.getFileName(), event.getInputStream());
                ui.access(() -> {
                    fill(read.article());
                    showLeftOut(read.notes());
                    upload.clearFileList(); // ready for another file, should this one be the wrong one
                });
            } catch (DomainException refused) {
                event.reject(refused.getMessage());
                ui.access(() -> refuse(refused.getMessage()));
            } catch (RuntimeException unexpected) {
                String message = UserMessages.describe(unexpected);
                event.reject(message);
                ui.access(() -> refuse(message));
            }
        };
    }

    private void refuse(String message) {
        upload.clearFileList();
        Notifications.error(message);
    }

    private void fill(NewArticle read) {
        title.setValue(nullToEmpty(read.title()));
        text.setValue(nullToEmpty(read.text()));
        sourceUrl.setValue(nullToEmpty(read.sourceUrl()));
        publisher.setValue(nullToEmpty(read.publisher()));
        publishedOn.setValue(read.publishedOn());
        if (read.language() != null && !read.language().isBlank()) {
            language.setValue(read.language());
        }
    }

    /** What the reader left out of the page, beside the form the user checks: nothing may go missing unseen. */
    private void showLeftOut(List<String> notes) {
        leftOutNotes.removeAll();
        notes.forEach(note -> leftOutNotes.add(new Paragraph(note)));
        leftOutNotes.setVisible(!notes.isEmpty());
    }

    private void save() {
        NewArticle article = new NewArticle(title.getValue(), text.getValue(), sourceUrl.getValue(),
                publisher.getValue(), publishedOn.getValue(), language.getValue());
        try {
            ArticleDetails saved = articles.importArticle(project.getValue().id(), article);
            close();
            Notifications.success("Article imported.");
            onImported.accept(saved.id());
        } catch (DuplicateArticleException duplicate) {
            Notifications.error(duplicate.getMessage());
            close();
            onImported.accept(duplicate.existingArticleId());
        }
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
