import { BankQuestion } from '../../../ports/question-bank.types';
import { p, t } from './technical-question.builders';

/** SQL: at least five questions at each difficulty, each with the points a good answer makes. */
export const SQL_QUESTIONS: readonly BankQuestion[] = [
  t('sql-e-1', 'sql', 'easy', 'What is the difference between an INNER JOIN and a LEFT JOIN?', [
    p('inner', 'INNER JOIN keeps only rows that match in both tables', ['only matching', 'both tables', 'intersection', 'match in both'], 'Which rows does an inner join return?'),
    p('left', 'LEFT JOIN keeps every row of the left table', ['all rows', 'every row', 'left table', 'preserve'], 'What happens to left rows without a match?'),
    p('nulls', 'Unmatched right-side columns are NULL', ['null', 'nulls'], 'What values do the missing columns get?'),
  ]),
  t('sql-m-1', 'sql', 'medium', 'How do database indexes work, and when can an index make things worse?', [
    p('btree', 'Most indexes are B-trees giving logarithmic lookups instead of full scans', ['b-tree', 'btree', 'b tree', 'logarithmic', 'log n', 'full scan', 'table scan', 'sequential scan'], 'What data structure backs a typical index?'),
    p('selectivity', 'They help selective predicates, joins and ordering', ['selective', 'selectivity', 'where clause', 'order by', 'join', 'cardinality']),
    p('composite', 'Column order matters in composite indexes (leftmost prefix)', ['composite', 'multi-column', 'leftmost', 'prefix', 'column order'], 'Does the column order of a composite index matter?'),
    p('cost', 'Indexes slow writes and take space', ['slow writes', 'write', 'insert', 'update', 'storage', 'space', 'maintenance'], 'What do indexes cost?'),
    p('explain', 'Use EXPLAIN to check the plan', ['explain', 'query plan', 'execution plan', 'analyze']),
  ]),
  t('sql-h-1', 'sql', 'hard', 'Explain transaction isolation levels and the anomalies each one prevents.', [
    p('levels', 'Read uncommitted, read committed, repeatable read, serializable', ['read committed', 'repeatable read', 'serializable', 'read uncommitted'], 'Which isolation levels does the SQL standard define?'),
    p('anomalies', 'Dirty reads, non-repeatable reads, phantoms, lost updates, write skew', ['dirty read', 'non-repeatable', 'phantom', 'lost update', 'write skew'], 'What anomalies can happen at lower levels?'),
    p('mvcc', 'MVCC engines give snapshots instead of read locks', ['mvcc', 'snapshot', 'multi-version', 'multiversion', 'versions']),
    p('tradeoff', 'Stronger isolation costs throughput and causes retries or locking', ['throughput', 'retry', 'retries', 'serialization failure', 'locking', 'deadlock', 'contention', 'trade-off', 'tradeoff']),
  ]),
];
