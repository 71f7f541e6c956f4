import type { AdviceCatalogue } from './index.js';

export const zhCN: AdviceCatalogue = {};
