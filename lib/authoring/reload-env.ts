/** The environment variable through which `npm run dev` tells the layout where its reload script is. */
export const RELOAD_ENV = 'ATLAS_DEV_RELOAD_URL';
