package vn.parindex.shared.ui;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.shared.Registration;

/**
 * An Apache ECharts chart: a div, the library loaded at run time from its webjar (no frontend bundle
 * rebuild, see ADR 0002) and the option built in Java, serialized with Jackson and drawn by a few
 * lines of JavaScript. It follows its size, and a click on a data item that carries a {@code key}
 * comes back to the server as a {@link PointClickEvent} (drill-down). PNG export is ECharts' own
 * toolbox "save as image" when the option asks for it.
 */
public class EChart extends Div {

    public static final String LIBRARY = "context://webjars/echarts/5.3.1/dist/echarts.min.js";

    // Absent properties are left out; nulls inside data lists stay (ECharts draws them as gaps).
    private static final ObjectMapper JSON = new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL);

    // Waits for the library, draws (replacing the previous option), and wires resize and click once.
    private static final String DRAW = """
            const el = this;
            const json = $0;
            const draw = () => {
              if (!window.echarts) { setTimeout(draw, 50); return; }
              const chart = echarts.getInstanceByDom(el) || echarts.init(el, null, {renderer: 'canvas'});
              chart.setOption(JSON.parse(json), true);
              if (!el.__portalChart) {
                el.__portalChart = new ResizeObserver(() => chart.resize());
                el.__portalChart.observe(el);
                chart.on('click', p => {
                  const key = p.data && p.data.key;
                  if (key != null && el.$server) { el.$server.pointClicked(String(key)); }
                });
              }
              el.setAttribute('data-rendered', 'true');
            };
            draw();
            """;

    private static final String DISPOSE = """
            const el = this;
            if (el.__portalChart) { el.__portalChart.disconnect(); el.__portalChart = null; }
            if (window.echarts && echarts.getInstanceByDom(el)) { echarts.getInstanceByDom(el).dispose(); }
            el.removeAttribute('data-rendered');
            """;

    private String option = "{}";

    public EChart() {
        addClassName("portal-chart");
        setWidthFull();
        setHeight("360px");
    }

    /** The chart's option as Jackson serializes it (records, maps, lists, numbers). */
    public void setOption(Object option) {
        this.option = toJson(option);
        if (isAttached()) {
            draw();
        }
    }

    /** The option's JSON as last set (what the browser draws). */
    public String optionJson() {
        return option;
    }

    public static String toJson(Object option) {
        try {
            return JSON.writeValueAsString(option);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("chart option cannot be serialized", e);
        }
    }

    public Registration addPointClickListener(ComponentEventListener<PointClickEvent> listener) {
        return addListener(PointClickEvent.class, listener);
    }

    @ClientCallable
    void pointClicked(String key) {
        fireEvent(new PointClickEvent(this, key));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        event.getUI().getPage().addJavaScript(LIBRARY);
        draw();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        getElement().executeJs(DISPOSE);
        super.onDetach(event);
    }

    private void draw() {
        getElement().executeJs(DRAW, option);
    }

    /** A click on a data item carrying a key. */
    public static class PointClickEvent extends ComponentEvent<EChart> {

        private final String key;

        public PointClickEvent(EChart source, String key) {
            super(source, true);
            this.key = key;
        }

        public String key() {
            return key;
        }
    }
}
