import type { AdviceCatalogue } from './index.js';

export const es: AdviceCatalogue = {};
