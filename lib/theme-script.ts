/**
 * Runs in <head> before first paint so the page never flashes the wrong theme: a stored
 * choice wins, otherwise the system preference. Kept as a string so the server can hash it
 * for the Content-Security-Policy.
 */
export const THEME_STORAGE_KEY = 'atlas-theme';

export const themeScript = `(function(){try{var t=localStorage.getItem('${THEME_STORAGE_KEY}');if(t!=='light'&&t!=='dark'){t=matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light'}document.documentElement.dataset.theme=t}catch(e){document.documentElement.dataset.theme='light'}})()`;
