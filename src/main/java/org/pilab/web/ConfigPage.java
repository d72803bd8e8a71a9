package org.pilab.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestResponse;
import org.pilab.config.CheckReport;
import org.pilab.config.ConfigChecker;
import org.pilab.engine.ConfigHistory;
import org.pilab.engine.LabService;
import org.pilab.engine.LineDiff;
import org.pilab.engine.UnknownVersionException;
import org.pilab.engine.UnreadableVersionException;
import org.pilab.proxy.PortUnavailableException;

import java.util.List;

/**
 * {@code /config}: the config editor. Check, Apply and Restore are plain form posts, so the page works without
 * JavaScript; with htmx loaded the same URLs answer with just the result fragment (the {@code HX-Request} header
 * tells them apart) and {@code HX-Trigger} tells the history list to refresh.
 */
@Path("/config")
@Produces(MediaType.TEXT_HTML)
public class ConfigPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(ConfigEditorView view);

        static native TemplateInstance page$result(ConfigEditorView.Result result);

        static native TemplateInstance page$history(HistoryView history);
    }

    /** The htmx event the page listens to: a new config runs (the history list reloads, the editor may too). */
    static final String APPLIED_EVENT = "config-applied";

    private final LabService lab;
    private final ConfigHistory history;

    public ConfigPage(LabService lab, ConfigHistory history) {
        this.lab = lab;
        this.history = history;
    }

    /** The running config in the editor, with the strict checker's findings on their lines. */
    @GET
    public TemplateInstance page() {
        String running = runningText();
        CheckReport report = ConfigChecker.check("haproxy.cfg", running);
        ConfigEditorView.Result result = new ConfigEditorView.Result("checked",
                "The running config, checked like haproxy -c: " + words(report) + ".", report.verdict().json(),
                ConfigEditorView.items(report), LineDiff.diff(running, running), "What Apply would change");
        return Templates.page(view(running, result));
    }

    @GET
    @Path("/_fragments/history")
    public TemplateInstance historyFragment() {
        return Templates.page$history(HistoryView.of(history.findAll()));
    }

    /** Checks the editor's text and shows what Apply would change. */
    @POST
    @Path("/check")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public RestResponse<String> check(@FormParam("text") String text, @RestHeader("HX-Request") String htmx) {
        String edited = normalise(text);
        CheckReport report = ConfigChecker.check("haproxy.cfg", edited);
        String headline = (report.accepted() ? "Apply would run it: " : "Apply would refuse it: ") + words(report) + ".";
        ConfigEditorView.Result result = new ConfigEditorView.Result("checked", headline, report.verdict().json(),
                ConfigEditorView.items(report), LineDiff.diff(runningText(), edited), "What Apply would change");
        return answer(edited, result, htmx, false);
    }

    /** Applies the editor's text live (same rules as {@code PUT /api/config}). */
    @POST
    @Path("/apply")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public RestResponse<String> apply(@FormParam("text") String text, @RestHeader("HX-Request") String htmx) {
        String edited = normalise(text);
        return answer(edited, applied(edited, "Applied"), htmx, false);
    }

    /** Applies saved version <id> again; the editor then shows it. */
    @POST
    @Path("/history/{id}/restore")
    public RestResponse<String> restore(@PathParam("id") int id, @RestHeader("HX-Request") String htmx) {
        String text;
        try {
            text = history.findText(id);
        } catch (UnknownVersionException | UnreadableVersionException e) {
            ConfigEditorView.Result result = new ConfigEditorView.Result("rejected", e.getMessage(), null, List.of(),
                    LineDiff.diff("", ""), "");
            return answer(runningText(), result, htmx, false);
        }
        return answer(text, applied(text, "Restored version " + id), htmx, true);
    }

    private ConfigEditorView.Result applied(String text, String what) {
        String before = runningText();
        try {
            LabService.Applied applied = lab.apply(text);
            CheckReport report = applied.report();
            if (!applied.applied()) {
                return new ConfigEditorView.Result("rejected", "Not applied, nothing changed: " + words(report) + ".",
                        report.verdict().json(), ConfigEditorView.items(report), LineDiff.diff(before, text),
                        "What Apply would have changed");
            }
            String saved = applied.version() == null ? "" : " Saved as version " + applied.version().id() + ".";
            return new ConfigEditorView.Result("applied", what + ": the lab runs it now (" + words(report) + ")." + saved,
                    report.verdict().json(), ConfigEditorView.items(report), LineDiff.diff(before, text), "What changed");
        } catch (PortUnavailableException e) {
            return new ConfigEditorView.Result("conflict", "Not applied, the previous config still runs. " + e.getMessage(),
                    null, List.of(), LineDiff.diff(before, text), "What Apply would have changed");
        }
    }

    /**
     * The full page, or only the result fragment for htmx. After an apply, {@code HX-Trigger} makes the history
     * reload; after a restore the editor also reloads the running text.
     */
    private RestResponse<String> answer(String text, ConfigEditorView.Result result, String htmx, boolean reloadEditor) {
        boolean ran = result.action().equals("applied");
        String html = htmx != null ? Templates.page$result(result).render() : Templates.page(view(text, result)).render();
        RestResponse.ResponseBuilder<String> response = RestResponse.ResponseBuilder.ok(html, MediaType.TEXT_HTML_TYPE);
        if (ran) {
            response.header("HX-Trigger", reloadEditor ? "{\"" + APPLIED_EVENT + "\":{\"reload\":true}}" : APPLIED_EVENT);
        }
        return response.build();
    }

    private ConfigEditorView view(String text, ConfigEditorView.Result result) {
        return new ConfigEditorView(text, result, lenient(), HistoryView.of(history.findAll()));
    }

    /** The banner's content when the lab runs a config leniently that real HAProxy rejects. */
    private ConfigEditorView.Lenient lenient() {
        String running = runningText();
        CheckReport strict = ConfigChecker.check("haproxy.cfg", running);
        if (strict.accepted() || strict.errors().isEmpty()) {
            return null;
        }
        return new ConfigEditorView.Lenient(ConfigEditorView.Item.of(strict.errors().get(0)), LegacyListenFix.fix(running));
    }

    private String runningText() {
        return lab.running().config().text();
    }

    /**
     * Browsers send form text with CRLF line ends; the config keeps LF. A last line of only spaces (what the
     * editor's auto-indent leaves after a final Enter) is dropped: it is invisible, and HAProxy would reject the
     * file for it ("Missing LF on last line"). The API ({@code PUT /api/config}) takes text exactly as sent.
     */
    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String lf = text.replace("\r\n", "\n");
        int lastBreak = lf.lastIndexOf('\n');
        if (lastBreak >= 0 && lastBreak < lf.length() - 1 && lf.substring(lastBreak + 1).isBlank()) {
            return lf.substring(0, lastBreak + 1);
        }
        return lf;
    }

    private static String words(CheckReport report) {
        int errors = report.errors().size();
        long warnings = report.warnings().stream().filter(d -> d.severity() != org.pilab.config.Diagnostic.Severity.INFO).count();
        return switch (report.verdict()) {
            case VALID -> "valid, haproxy -c would exit 0";
            case WARNINGS -> "valid with " + warnings + " warning" + (warnings == 1 ? "" : "s") + ", haproxy -c would exit 0";
            case INVALID -> errors + " error" + (errors == 1 ? "" : "s") + ", real HAProxy would refuse it (haproxy -c exit 1)";
            case NO_LISTENER -> "nothing listens: no frontend or listen section has a bind line (haproxy -c exit 2)";
        };
    }
}
