import { z } from 'zod';

// zod compiles object parsers with `new Function` when it can; it probes for that once, and the
// CSP (script-src 'self', no 'unsafe-eval') blocks the probe and reports a violation. In the
// browser the schemas are small: the interpreted parser is enough.
z.config({ jitless: true });
