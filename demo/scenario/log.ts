/**
 * The day's account in Chinese and English: every fact is told twice, the
 * Chinese line first and the English line under it.
 */
export interface Log {
  readonly lines: readonly string[];
  /** A numbered chapter of the day. */
  section(title: string, en: string): void;
  /** One fact, in both languages. */
  say(zh: string, en: string): void;
  /** A line that reads the same in both languages (figures, codes). */
  note(text: string): void;
}

export function createLog(): Log {
  const lines: string[] = [];
  let chapter = 0;
  return {
    lines,
    section(title, en) {
      chapter++;
      lines.push('', `【${chapter}】${title} · ${en}`);
    },
    say(zh, en) {
      lines.push(`  • ${zh}`, `    ${en}`);
    },
    note(text) {
      lines.push(`    ${text}`);
    },
  };
}
