/**
 * zod, configured before any schema is built: the Content-Security-Policy forbids eval, and zod
 * otherwise probes for it (new Function) when it builds its first object schema. Every module that
 * builds schemas imports z from here, so no import order can undo it.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
