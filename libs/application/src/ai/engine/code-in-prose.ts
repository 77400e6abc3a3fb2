/**
 * Code written inside prose, made safe for sentence splitting: a period inside a name ("React.memo",
 * "process.env", "ctx.Done", "asyncio.gather") or inside backticks ("`time.After(2 * time.Second)`") is not
 * the end of a sentence, so it becomes an underscore, which the reader splits on like the keywords' tokenizer
 * does. Abbreviations made of single letters ("e.g.", "i.e.") are left alone. Both patterns are linear:
 * a backticked span is bounded and cannot contain a backtick, and a name can only start at a word boundary.
 */
const BACKTICKED = /`([^`\n]{1,200})`/g;
const DOTTED_NAME = /\b[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+/g;
const SENTENCE_END = /[.!?]/g;

export function protectCode(text: string): string {
  return text
    .replace(BACKTICKED, (_, code: string) => ` ${code.replace(SENTENCE_END, '_')} `)
    .replace(DOTTED_NAME, (name) => (name.split('.').every((part) => part.length === 1) ? name : name.replace(/\./g, '_')));
}
