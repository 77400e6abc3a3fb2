/** The shapes of the built-in question bank (pure data, shared by both LLM adapters). */
export type Difficulty = 'easy' | 'medium' | 'hard';
export const DIFFICULTIES: readonly Difficulty[] = ['easy', 'medium', 'hard'];

export type QuestionPhase = 'intro' | 'technical' | 'coding' | 'behavioral' | 'wrap_up';

/** One thing a good answer says. Covered when any keyword (a word or phrase; synonyms included) appears. */
export interface RubricPoint {
  readonly id: string;
  readonly text: string;
  readonly keywords: readonly string[];
  /** The follow-up to ask when an answer misses this point. */
  readonly probe?: string;
}

export interface BankQuestion {
  readonly id: string;
  /** A skill id of the taxonomy (`python`, `sql`, ...), or `general` / `behavioral`. */
  readonly skill: string;
  readonly difficulty: Difficulty;
  readonly phase: QuestionPhase;
  readonly text: string;
  readonly points: readonly RubricPoint[];
}

export interface SkillDefinition {
  readonly id: string;
  readonly label: string;
  /** Words and phrases that name the skill in a job title, a job description or a CV. */
  readonly aliases: readonly string[];
  /** Skills a job asking for this one usually also needs (for job descriptions). */
  readonly related: readonly string[];
  readonly responsibilities: readonly string[];
  readonly requirements: readonly string[];
}
