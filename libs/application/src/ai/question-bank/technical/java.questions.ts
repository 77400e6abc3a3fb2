import { BankQuestion } from '../../../ports/question-bank.types';
import { p, t } from './technical-question.builders';

/** Java: at least five questions at each difficulty, each with the points a good answer makes. */
export const JAVA_QUESTIONS: readonly BankQuestion[] = [
  t('java-e-1', 'java', 'easy', 'What is the difference between == and equals() in Java, and why must hashCode agree with equals?', [
    p('identity', '== compares references (identity) for objects', ['reference', 'identity', 'same object', 'memory address'], 'What does == compare for two objects?'),
    p('equality', 'equals() compares logical value equality', ['value', 'logical equality', 'content', 'override equals'], 'What should equals() compare?'),
    p('hashcode', 'Equal objects must have equal hash codes or hash collections break', ['hashcode', 'hash code', 'hashmap', 'hashset', 'contract'], 'What breaks in a HashMap if hashCode disagrees with equals?'),
  ]),
  t('java-m-1', 'java', 'medium', 'How does garbage collection work in the JVM, and what are generations?', [
    p('reachability', 'Objects unreachable from GC roots are collected', ['reachable', 'unreachable', 'gc roots', 'root', 'reference'], 'How does the collector decide what is garbage?'),
    p('generations', 'Young and old generations; most objects die young', ['young generation', 'old generation', 'eden', 'survivor', 'tenured', 'generational', 'die young'], 'Why split the heap into generations?'),
    p('collectors', 'Collectors such as G1, ZGC or Parallel trade throughput for pause time', ['g1', 'zgc', 'shenandoah', 'parallel', 'cms', 'pause', 'stop the world', 'throughput']),
    p('tuning', 'Heap sizing and GC logs are used to tune', ['xmx', 'heap size', 'gc log', 'tuning', 'profil']),
  ]),
  t('java-h-1', 'java', 'hard', 'Explain the Java memory model: visibility, happens-before, volatile and synchronized.', [
    p('visibility', 'Without synchronisation one thread may not see another thread\'s writes (caches, reordering)', ['visibility', 'visible', 'cache', 'reorder', 'reordering', 'stale'], 'Why might one thread not see another thread\'s write?'),
    p('happens-before', 'Happens-before edges define which writes are guaranteed visible', ['happens-before', 'happens before', 'ordering guarantee', 'memory barrier', 'fence'], 'What is a happens-before relationship?'),
    p('volatile', 'volatile gives visibility and ordering but not atomicity of compound actions', ['volatile', 'atomic', 'atomicity', 'atomicinteger', 'compare and swap', 'cas'], 'What does volatile guarantee, and what does it not?'),
    p('synchronized', 'synchronized gives mutual exclusion and visibility on the monitor', ['synchronized', 'monitor', 'mutual exclusion', 'lock', 'reentrantlock']),
  ]),
];
