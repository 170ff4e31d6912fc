/**
 * Tiny kernel every module may use: refusals with translation keys, locales and formats, UI helpers.
 * Open, so its {@code ui} helpers are usable from every module's views.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.parindex.shared;
