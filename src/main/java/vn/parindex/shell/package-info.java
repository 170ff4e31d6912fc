/**
 * The frame around every view: layout, menu, login, home page, error pages. Its root package is the
 * API features use to contribute to the home page ({@link vn.parindex.shell.HomeCards}).
 */
package vn.parindex.shell;
