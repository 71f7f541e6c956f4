/**
 * Compacts the project's own page assets before they are served: whole-line comments, comment blocks that start
 * a line, indentation and empty lines go; nothing inside a line is touched. That is safe for our sources (no
 * multi-line strings) and test/compact.test.ts proves it for the real files by comparing syntax trees. It keeps
 * the test page within its 20 KB budget while the files on disk stay commented for review.
 */
export function compactSource(source: string): string {
  const out: string[] = [];
  let inBlock = false;
  for (const raw of source.split('\n')) {
    const line = raw.trim();
    if (inBlock) {
      if (line.includes('*/')) {
        inBlock = false;
        const rest = line.slice(line.indexOf('*/') + 2).trim();
        if (rest) out.push(rest);
      }
      continue;
    }
    if (line.startsWith('/*')) {
      const end = line.indexOf('*/', 2);
      if (end < 0) {
        inBlock = true;
        continue;
      }
      const rest = line.slice(end + 2).trim();
      if (rest) out.push(rest);
      continue;
    }
    if (line.startsWith('//') || line === '') continue;
    out.push(line);
  }
  return `${out.join('\n')}\n`;
}
