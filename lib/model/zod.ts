import { z } from 'zod';

// MV3 extension pages forbid `new Function`; zod must be told before any schema is built.
// Every schema module imports `z` from here so the setting always runs first.
z.config({ jitless: true });

export { z };
