/** The tests' browser is the build's: one lookup, kept in build code (test code may use build code, not the reverse). */
export { findBrowser, NO_BROWSER_HELP, SYSTEM_CHROMIUM_FLAGS, type BrowserChoice } from '../browser/find-browser';
