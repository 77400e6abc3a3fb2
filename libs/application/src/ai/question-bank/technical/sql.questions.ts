import { BankQuestion } from '../../../ports/question-bank.types';
import { p, t } from './technical-question.builders';

/** SQL: at least five questions at each difficulty, each with the points a good answer makes. */
export const SQL_QUESTIONS: readonly BankQuestion[] = [
  t('sql-e-1', 'sql', 'easy', 'What is the difference between an INNER JOIN and a LEFT JOIN?', [
    p('inner', 'INNER JOIN keeps only rows that match in both tables', ['both tables', 'matching rows', 'intersection'], 'Which rows does an inner join return?'),
    p('left', 'LEFT JOIN keeps every row of the left table', ['left table', 'preserve'], 'What happens to left rows without a match?'),
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
  t('sql-e-2', 'sql', 'easy', 'What is the difference between WHERE and HAVING in SQL?', [
    p('where', 'WHERE filters rows before grouping', ['before grouping', 'filters rows', 'individual rows', 'before aggregation'], 'When does WHERE apply in the query?'),
    p('having', 'HAVING filters groups after aggregation', ['after grouping', 'after aggregation', 'filters groups', 'aggregate'], 'How would you keep only customers with more than five orders?'),
    p('group-by', 'HAVING is used with GROUP BY and aggregate functions such as COUNT or SUM', ['group by', 'count', 'sum', 'aggregate function']),
  ]),
  t('sql-e-3', 'sql', 'easy', 'What are primary keys and foreign keys, and what do they guarantee?', [
    p('primary', 'A primary key uniquely identifies each row and cannot be null', ['uniquely identifies', 'unique', 'not null', 'identifier'], 'What does a primary key guarantee?'),
    p('foreign', 'A foreign key references a primary key in another table', ['references', 'another table', 'relationship', 'parent table']),
    p('integrity', 'Foreign keys enforce referential integrity, with rules on delete such as CASCADE', ['referential integrity', 'cascade', 'on delete', 'orphan'], 'What happens when you delete a referenced row?'),
  ]),
  t('sql-e-4', 'sql', 'easy', 'How does NULL behave in SQL comparisons and aggregates?', [
    p('unknown', 'NULL means unknown; comparing with = gives unknown, not true', ['unknown', 'three valued', 'ternary logic'], 'What does NULL = NULL return?'),
    p('is-null', 'Use IS NULL and IS NOT NULL to test for it', ['is null', 'is not null']),
    p('aggregates', 'Aggregates such as COUNT(column) and AVG skip NULLs', ['skip', 'ignore', 'count(*)', 'avg', 'sum']),
    p('coalesce', 'COALESCE supplies a default for NULL', ['coalesce', 'default', 'ifnull', 'nvl']),
  ]),
  t('sql-e-5', 'sql', 'easy', 'What is normalisation in relational databases, and why would you sometimes denormalise?', [
    p('redundancy', 'Normalisation removes duplicated data by splitting it into related tables', ['redundancy', 'duplicat', 'split', 'related tables'], 'What problem does normalisation solve?'),
    p('anomalies', 'It avoids update, insert and delete anomalies', ['anomal', 'inconsistent', 'update in one place']),
    p('forms', 'Normal forms (1NF, 2NF, 3NF) describe the rules', ['normal form', '1nf', '2nf', '3nf']),
    p('denormalise', 'Denormalise for read performance, at the cost of keeping copies in sync', ['denormaliz', 'denormalis', 'read performance', 'fewer joins', 'reporting'], 'When is duplicating data worth it?'),
  ]),
  t('sql-e-6', 'sql', 'easy', 'What is SQL injection, and how do you prevent it?', [
    p('what', 'User input concatenated into a query string can change the query', ['concatenat', 'user input', 'change the query', 'string building'], 'How does an injection happen?'),
    p('params', 'Use parameterised queries or prepared statements', ['parameterized', 'parameterised', 'prepared statement', 'bind parameter', 'placeholder'], 'What is the main defence?'),
    p('orm', 'ORMs and query builders parameterise for you, but raw fragments are still risky', ['orm', 'query builder', 'raw sql']),
    p('least-privilege', 'Run with a least-privilege database user', ['least privilege', 'permission', 'database user']),
  ]),
  t('sql-m-2', 'sql', 'medium', 'What are window functions in SQL? Show how you would rank rows within a group.', [
    p('over', 'A window function computes over related rows with OVER, without collapsing them', ['over', 'without collapsing', 'keeps the rows', 'window'], 'How is a window function different from GROUP BY?'),
    p('partition', 'PARTITION BY defines the groups and ORDER BY the order inside them', ['partition by', 'order by']),
    p('ranking', 'ROW_NUMBER, RANK and DENSE_RANK number rows, differing on ties', ['row_number', 'rank', 'dense_rank', 'ties'], 'How do RANK and DENSE_RANK treat ties?'),
    p('running', 'SUM OVER and LAG/LEAD give running totals and previous values', ['running total', 'lag', 'lead', 'moving average']),
  ]),
  t('sql-m-3', 'sql', 'medium', 'How would you find and fix a slow SQL query in production?', [
    p('find', 'Find it with the slow query log or pg_stat_statements', ['slow query log', 'pg_stat_statements', 'monitoring', 'top queries'], 'How do you find which query is slow?'),
    p('explain', 'Read the plan with EXPLAIN ANALYZE: scans, join types, row estimates', ['explain analyze', 'explain', 'query plan', 'seq scan', 'estimate'], 'What do you look for in the plan?'),
    p('fix', 'Add or fix an index, rewrite the query, or update statistics', ['index', 'rewrite', 'statistics', 'analyze']),
    p('n-plus-one', 'Look for the application sending one query per item in a loop (N+1)', ['one query per', 'n+1', 'n plus one', 'many small queries', 'batch']),
  ]),
  t('sql-m-4', 'sql', 'medium', 'What is the N+1 query problem, and how do you avoid it?', [
    p('what', 'One query loads a list, then one more query runs for each item', ['one query per', 'for each', 'each item', 'n+1', 'per row'], 'What does N+1 look like in the logs?'),
    p('cause', 'ORMs cause it through lazy loading of relations', ['lazy loading', 'orm', 'relation', 'lazy']),
    p('fix', 'Use a join, eager loading or one IN query to batch the loads', ['join', 'eager', 'batch', 'in clause', 'dataloader'], 'How do you load the related rows in one go?'),
  ]),
  t('sql-m-5', 'sql', 'medium', 'What are CTEs and subqueries, and when would you use a recursive CTE?', [
    p('cte', 'A CTE (WITH clause) names a subquery so a query reads top-down', ['with clause', 'common table expression', 'cte', 'named subquery', 'readab'], 'What does WITH give you over nested subqueries?'),
    p('correlated', 'A correlated subquery runs per outer row and can be slow', ['correlated', 'per row', 'outer row']),
    p('recursive', 'A recursive CTE walks hierarchies such as org charts or category trees', ['recursive', 'hierarchy', 'tree', 'org chart', 'graph'], 'How would you list every report under a manager?'),
  ]),
  t('sql-m-6', 'sql', 'medium', 'How do you change the schema of a large production table without downtime?', [
    p('expand-contract', 'Expand then contract: add new columns, backfill, switch reads, drop the old', ['expand', 'contract', 'backfill', 'two phase', 'parallel change'], 'In what steps would you rename a column?'),
    p('locks', 'Avoid long table locks; some ALTERs rewrite the table', ['lock', 'rewrite', 'blocking', 'concurrently']),
    p('batches', 'Backfill in small batches', ['batch', 'chunk', 'small batches']),
    p('compatible', 'Keep each step compatible with the running application version', ['compatible', 'backward', 'old version', 'rolling deploy'], 'Why must the old code still work after each step?'),
  ]),
  t('sql-h-2', 'sql', 'hard', 'How does MVCC work in PostgreSQL, and what is VACUUM for?', [
    p('versions', 'Updates write new row versions; readers see a snapshot', ['row version', 'snapshot', 'new version', 'tuple'], 'What happens to the old row on an UPDATE?'),
    p('no-blocking', 'Readers do not block writers and writers do not block readers', ['do not block', 'readers', 'writers', 'without locking']),
    p('vacuum', 'VACUUM removes dead tuples and prevents transaction id wraparound', ['vacuum', 'dead tuple', 'wraparound', 'autovacuum', 'bloat'], 'What goes wrong if vacuum cannot keep up?'),
    p('long-tx', 'Long transactions hold back cleanup', ['long transaction', 'long running', 'idle in transaction', 'hold back']),
  ]),
  t('sql-h-3', 'sql', 'hard', 'How would you scale a relational database beyond one machine?', [
    p('replicas', 'Read replicas take read traffic, with replication lag', ['read replica', 'replication', 'replica', 'lag'], 'What do replicas help with, and what do they not?'),
    p('partitioning', 'Partition large tables by time or key', ['partition', 'partitioning', 'by time', 'by range']),
    p('sharding', 'Shard by a key across nodes; cross-shard queries and transactions get hard', ['shard', 'sharding', 'shard key', 'cross shard', 'distributed'], 'What becomes hard once you shard?'),
    p('cache-first', 'First exhaust indexing, caching and vertical scaling', ['cache', 'vertical', 'index', 'connection pool']),
  ]),
  t('sql-h-4', 'sql', 'hard', 'How do deadlocks happen in a database, and how do you prevent and handle them?', [
    p('cause', 'Two transactions each hold a lock the other needs', ['each hold', 'waits for the other', 'cycle', 'circular wait'], 'Describe the smallest deadlock.'),
    p('detection', 'The database detects the cycle and aborts one transaction', ['detect', 'abort', 'victim', 'rolled back']),
    p('order', 'Locking rows in a consistent order and keeping transactions short prevents them', ['consistent order', 'same order', 'short transaction'], 'How do you make them rare?'),
    p('retry', 'The application retries the aborted transaction', ['retry', 'idempotent', 'try again']),
  ]),
  t('sql-h-5', 'sql', 'hard', 'How do you implement safe concurrent updates, such as decrementing stock, in SQL?', [
    p('race', 'Read-then-write in the application loses updates under concurrency', ['lost update', 'race', 'read then write', 'concurrent'], 'What goes wrong if two requests read the stock, then both write it back?'),
    p('atomic', 'Use an atomic UPDATE with a condition (stock = stock - 1 WHERE stock > 0)', ['atomic update', 'conditional update', 'where stock', 'single statement'], 'How can one statement make it safe?'),
    p('locking', 'Or lock the row with SELECT ... FOR UPDATE, or use optimistic version columns', ['for update', 'row lock', 'optimistic', 'version column', 'pessimistic'], 'What are the locking options?'),
    p('isolation', 'Serializable isolation also works, with retries', ['serializable', 'retry', 'isolation']),
  ]),
  t('sql-h-6', 'sql', 'hard', 'How do B-tree, hash, GIN and BRIN indexes differ, and when would you use each?', [
    p('btree', 'B-tree handles equality, ranges and sorting: the default', ['btree', 'b tree', 'range', 'sorting', 'default'], 'Why is a B-tree the default?'),
    p('hash', 'Hash indexes only serve equality lookups', ['hash index', 'equality only', 'equality']),
    p('gin', 'GIN indexes many values per row: arrays, JSONB, full text', ['gin', 'jsonb', 'full text', 'array', 'inverted'], 'Which index would you use for JSONB containment?'),
    p('brin', 'BRIN is tiny and suits huge tables ordered by insertion, such as time series', ['brin', 'block range', 'time series', 'naturally ordered']),
  ]),
];
