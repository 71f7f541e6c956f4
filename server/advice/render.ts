// Interim: replaced by the knowledge base (issue 4).
import type { Advice } from './types.js';
import { esc } from '../pages/html.js';

export function renderAdviceHtml(advice: Advice): string {
  return (
    `<h3>${esc(advice.heading)}</h3><ol class="steps">` +
    advice.steps.map((s) => `<li>${esc(s)}</li>`).join('') +
    '</ol>'
  );
}
