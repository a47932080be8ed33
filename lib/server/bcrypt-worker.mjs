/**
 * One bcrypt comparison, run in a worker thread of bcrypt-pool.ts. Plain JavaScript, so the
 * worker loads the same under tsx, vitest and plain Node, none of which share a TypeScript loader.
 */
import bcrypt from 'bcryptjs';

/** @param {{ password: string, hash: string }} task */
export default ({ password, hash }) => bcrypt.compareSync(password, hash);
