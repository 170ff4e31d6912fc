package vn.parindex.shared.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.StreamResource;
import com.vaadin.flow.server.VaadinSession;
import java.util.Optional;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.FileJobs;

/**
 * A button that has a file made in the background ({@link FileJobs}): while it is being made the
 * button is disabled and a progress bar with "Preparing the file…" shows (the page polls); then a
 * link downloads the finished file. Its id is {@code id}; the progress bar {@code id-progress}, the
 * link {@code id-file}. A refusal (busy, access denied, a business rule) is shown as a notification.
 */
public class BackgroundDownload extends HorizontalLayout {

    /** How often the page asks for news while a file is being made. */
    static final int POLL_MILLIS = 500;

    private static final String POLLING = BackgroundDownload.class.getName() + ".polling";

    private final transient FileJobs jobs;
    private final String fileName;
    private final transient FileJobs.Writer writer;
    private final Button button;
    private final ProgressBar progress = new ProgressBar();
    private final Span progressText = new Span();
    private Anchor file;
    private StreamResource resource;
    private String jobId;
    private boolean polling;

    public BackgroundDownload(FileJobs jobs, String id, String label, String fileName, FileJobs.Writer writer) {
        this.jobs = jobs;
        this.fileName = fileName;
        this.writer = writer;
        setId(id + "-box");
        setSpacing(false);
        addClassName("portal-background-download");
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        button = new Button(label, VaadinIcon.DOWNLOAD.create(), event -> start());
        button.setId(id);
        progress.setId(id + "-progress");
        progress.setIndeterminate(true);
        progress.setWidth("6em");
        progress.setVisible(false);
        progressText.setId(id + "-progress-text");
        progressText.setText(getTranslation("export.preparing"));
        progressText.addClassName("portal-muted");
        progressText.setVisible(false);
        add(button, progress, progressText);
    }

    /** Whether a file is being made. */
    public boolean preparing() {
        return progress.isVisible();
    }

    /** The finished file behind the link, once there is one (what the link's download request writes). */
    public Optional<StreamResource> finishedFile() {
        return Optional.ofNullable(resource);
    }

    private void start() {
        UI ui = UI.getCurrent();
        String session = sessionId(VaadinSession.getCurrent());
        FileJobs.FileJob job;
        try {
            job = jobs.start(session, fileName, writer, done -> ui.access(() -> finished(done)));
        } catch (BusinessRuleException refusal) {
            Notifications.error(Messages.of(this, refusal));
            return;
        }
        jobId = job.id();
        if (file != null) {
            remove(file);
            file = null;
            resource = null;
        }
        button.setEnabled(false);
        progress.setVisible(true);
        progressText.setVisible(true);
        if (!polling) {
            polling = true;
            count(ui, 1);
        }
    }

    private void finished(FileJobs.FileJob job) {
        if (!job.id().equals(jobId)) {
            return;
        }
        stopPolling(UI.getCurrent());
        progress.setVisible(false);
        progressText.setVisible(false);
        button.setEnabled(true);
        if (job.state() == FileJobs.State.FAILED) {
            Notifications.error(Messages.of(this, job.failure()));
            return;
        }
        String id = job.id();
        resource = new StreamResource(fileName, (out, session) -> out.write(jobs.content(id, sessionId(session))));
        file = new Anchor(resource, getTranslation("export.ready", fileName));
        file.getElement().setAttribute("download", true);
        file.setId(button.getId().orElse("") + "-file");
        add(file);
    }

    private void stopPolling(UI ui) {
        if (polling) {
            polling = false;
            count(ui, -1);
        }
    }

    /** Counts the files the page waits for (several buttons may wait at once); polls while there is one. */
    private static void count(UI ui, int change) {
        Integer waiting = (Integer) ComponentUtil.getData(ui, POLLING);
        int now = Math.max(0, (waiting == null ? 0 : waiting) + change);
        ComponentUtil.setData(ui, POLLING, now);
        ui.setPollInterval(now > 0 ? POLL_MILLIS : -1);
    }

    private static String sessionId(VaadinSession session) {
        return session.getSession().getId();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        // a page left while a file is made stops polling for it; the file stays fetchable a while
        stopPolling(event.getUI());
        super.onDetach(event);
    }
}
