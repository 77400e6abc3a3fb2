/**
 * The adversarial answer corpus of the built-in judge: for thirteen bank questions (three of them from the
 * larger bank), a correct explanation in the candidate's own words and four answers that must not score: a
 * bare keyword list, a negated or "I don't know" answer that names the keywords, the question echoed back,
 * and fluent text off the topic.
 * Used by test/judge/adversarial-judge.spec.ts and by `npm run bench -- judge`.
 */
export type AnswerKind = 'correct' | 'keywords' | 'negated' | 'echo' | 'off_topic';
export const ANSWER_KINDS: readonly AnswerKind[] = ['correct', 'keywords', 'negated', 'echo', 'off_topic'];

export interface CorpusEntry {
  readonly questionId: string;
  readonly answers: Readonly<Record<AnswerKind, string>>;
}

/** On a scale of 10: a correct answer must reach HIGH, every other kind stay at or under LOW. */
export const HIGH = 6;
export const LOW = 3;

export const ADVERSARIAL_CORPUS: readonly CorpusEntry[] = [
  {
    questionId: 'py-e-1',
    answers: {
      correct:
        'A list can be changed after you create it, you can append or remove items, so it is mutable. A tuple is immutable, which means it cannot be modified once built. Because of that a tuple is hashable and can be used as a dictionary key. I use tuples for fixed records such as coordinates, and lists for collections that grow.',
      keywords: 'mutable immutable hashable dictionary key fixed record append memory faster',
      negated: 'I never learned whether lists are mutable or immutable, and I do not know what hashable means or which one is faster.',
      echo: 'The difference between a list and a tuple in Python, and when you would use each of them, list versus tuple.',
      off_topic:
        'Last summer I spent two weeks hiking in the Alps with my brother. We walked every morning before breakfast, and the views from the ridges were worth the early starts and the sore legs.',
    },
  },
  {
    questionId: 'py-m-1',
    answers: {
      correct:
        'Under the hood a dict is a hash table. The key is hashed to pick a slot, so a lookup costs O(1) on average. When two keys collide, CPython uses open addressing and probes other slots. The table resizes when it gets about two thirds full, and since Python 3.7 it keeps insertion order.',
      keywords: 'hash table o(1) collision resize insertion order because for example',
      negated: 'I would never use hash table, never o(1). I do not know what those are, collisions and resizing mean nothing to me.',
      echo: 'How does a Python dictionary work internally and what is the average cost of a lookup in a dictionary?',
      off_topic:
        'Our team moved offices last year, and the new building has a great kitchen where we cook lunch together on Fridays. It made everyone happier and we talk much more across departments now.',
    },
  },
  {
    questionId: 'py-h-1',
    answers: {
      correct:
        'The GIL is a mutex that lets only one thread run Python bytecode at a time. It exists because reference counting is not thread-safe. Threads still help for I/O-bound work, since the lock is released while a thread waits on the network. For CPU-bound work I use multiprocessing or a process pool so that each core runs its own interpreter.',
      keywords: 'mutex one thread bytecode reference counting io-bound multiprocessing process pool numpy',
      negated: 'I am not sure what the GIL is. I have never heard of a mutex in Python, and I do not know about multiprocessing.',
      echo: 'The Global Interpreter Lock: what does it protect, and how would you get real parallelism in CPython?',
      off_topic:
        'My favourite book is a long novel about a family of sailors. I read it every winter because the characters feel like old friends and the writing is calm and beautiful.',
    },
  },
  {
    questionId: 'js-e-1',
    answers: {
      correct:
        'var is function scoped, while let and const are block scoped, so a let inside an if block is not visible outside it. A const binding cannot be reassigned, but if it holds an object you can still mutate that object. var is hoisted and starts as undefined; let and const sit in the temporal dead zone until their line runs.',
      keywords: 'block scope function scope reassign mutate hoisting temporal dead zone undefined',
      negated: 'No idea, honestly. I do not know about hoisting or block scope, I never understood the temporal dead zone.',
      echo: 'What is the difference between let, const and var in JavaScript? Let, const and var.',
      off_topic:
        'I started learning the piano at the age of thirty. It was hard at first, but practising every evening for twenty minutes taught me patience and I can now play a few simple pieces.',
    },
  },
  {
    questionId: 'js-m-1',
    answers: {
      correct:
        'JavaScript runs my code on a single thread with one call stack. When a timer fires or I/O completes, its callback waits in the task queue. A resolved promise schedules its then callback as a microtask, and all microtasks run before the next task, so it runs before a setTimeout of zero. A long synchronous loop is blocking and freezes everything else.',
      keywords: 'single thread call stack task queue macrotask microtask promise then non-blocking',
      negated: 'I do not know how the event loop works. I have never used promises and I am not sure what a microtask or a task queue is.',
      echo: 'The JavaScript event loop: how do callbacks, promises and timers get scheduled in JavaScript?',
      off_topic:
        'On weekends I volunteer at a local animal shelter. We walk the dogs, clean the kennels and help families choose a pet, which is very rewarding and keeps me active.',
    },
  },
  {
    questionId: 'sql-e-1',
    answers: {
      correct:
        'An inner join returns only the rows that have a match in both tables. A left join keeps every row of the left table, and where there is no matching row on the right, the right-hand columns come back as NULL. I use a left join when I want all customers, even those without orders.',
      keywords: 'inner join only matching both tables left join all rows left table null',
      negated: 'I do not know the difference. I never use joins, so I cannot say which keeps all rows or where nulls come from.',
      echo: 'The difference between an INNER JOIN and a LEFT JOIN is the difference between an inner join and a left join.',
      off_topic:
        'When I travel I always try the local food markets first. In Lisbon I found a tiny bakery near the river where the owner taught me how to bake custard tarts.',
    },
  },
  {
    questionId: 'sql-m-1',
    answers: {
      correct:
        'Most indexes are B-trees, so the database finds a row in logarithmic time instead of doing a full table scan. They help selective where clauses, joins and order by. In a composite index the column order matters, because only a leftmost prefix can be used. The cost is that every insert and update must maintain the index, which slows writes and takes space, so I check the plan with EXPLAIN.',
      keywords: 'b-tree logarithmic full scan selectivity composite leftmost prefix slow writes explain',
      negated: 'I have no idea how indexes work. I do not know what a B-tree is, and I never look at a query plan.',
      echo: 'How do database indexes work, and when can an index make things worse for the database?',
      off_topic:
        'I grew up in a small town by the sea, and my grandfather taught me to fish from the pier. We would wait for hours in silence, and those mornings are still among my best memories.',
    },
  },
  {
    questionId: 'docker-e-1',
    answers: {
      correct:
        'An image is a read-only template made of stacked layers, like a blueprint of a file system and a start command. A container is a running instance of that image: Docker adds a thin writable layer on top and starts a process. Whatever the container writes is lost when it is removed unless you keep it in a volume.',
      keywords: 'read-only template layers running instance writable layer volume ephemeral',
      negated: 'I am not sure. I never used Docker, and I do not know what layers or volumes are.',
      echo: 'What is the difference between a Docker image and a Docker container? An image and a container.',
      off_topic:
        'I like to plan my week on Sunday evenings. I write down three goals, block time for exercise and reading, and it helps me stay calm when the week gets busy.',
    },
  },
  {
    questionId: 'algo-m-1',
    answers: {
      correct:
        'Both sort in n log n on average. Quicksort degrades to quadratic time when the pivot is chosen badly, for example on sorted input with the first element as pivot. Mergesort always runs in n log n and it is stable, but it needs O(n) extra memory, while quicksort sorts in place. In practice libraries use a random pivot or introsort, and Python uses timsort.',
      keywords: 'n log n quadratic pivot stable merge in place extra memory random pivot introsort timsort',
      negated: 'I do not know their complexity. I never learned which one is stable, and I have no idea about pivots or extra memory.',
      echo: 'Compare quicksort and mergesort: their complexity, their stability and their memory. Quicksort and mergesort.',
      off_topic:
        'Every spring our neighbourhood organises a clean-up day. Families collect litter in the park, children paint the benches, and in the evening we share a big meal outside.',
    },
  },
  {
    questionId: 'react-e-1',
    answers: {
      correct:
        'Props are the inputs a component receives from its parent; the child treats them as read-only. State is internal data that the component owns and changes over time, usually with useState. When the state or the props change, React will re-render the component so the screen shows the new values.',
      keywords: 'props parent read-only input state owned internal usestate re-render',
      negated: 'I do not know React. I never understood props, and I am not sure what state or a re-render is.',
      echo: 'What is the difference between props and state in React? Props and state in React.',
      off_topic:
        'During university I worked as a waiter in a busy restaurant. I learned to stay friendly under pressure, remember many orders at once and help colleagues when the evening got hectic.',
    },
  },
  {
    questionId: 'sql-m-4',
    answers: {
      correct:
        'The N+1 problem is when the code runs one query to load a list of orders and then one more query for each order to fetch its customer, so a page of fifty orders sends fifty-one queries. ORMs cause it through lazy loading of relations. I fix it with a join or eager loading, or by batching the ids into one IN query, which brings it back to one or two round trips.',
      keywords: 'n+1 one query per item lazy loading orm relation join eager batch in clause dataloader',
      negated: 'I have never run into N+1 queries. I do not know what lazy loading or eager loading means, and I am not sure what a join would change.',
      echo: 'What is the N+1 query problem and how do you avoid it? The N+1 query problem, avoiding it.',
      off_topic:
        'On weekends I restore old bicycles in my garage. I strip the frames, repaint them in bright colours and give them to children in the neighbourhood who cannot afford a new one.',
    },
  },
  {
    questionId: 'go-m-5',
    answers: {
      correct:
        'A select statement waits on several channel operations at once and runs whichever case is ready first; when several are ready it picks one at random, so no channel starves. To give up after two seconds I add a case that receives from time.After, or from ctx.Done when a context carries the deadline. Adding a default case makes the select non-blocking, which is handy for a try-send.',
      keywords: 'select several channels first ready time.after ctx.done timeout default non blocking random',
      negated: 'I never used select in Go. I do not know how a timeout would work with channels, and I am not sure what a default case does.',
      echo: 'What does the select statement do in Go, and how do you implement a timeout with it? Select and a timeout in Go.',
      off_topic:
        'My grandmother taught me to bake bread when I was small. We kneaded the dough by hand, waited for it to rise by the stove, and shared the first warm slice with butter.',
    },
  },
  {
    questionId: 'ds-m-2',
    answers: {
      correct:
        'A binary min-heap keeps the smallest element at the root, so peeking at it is constant time. It is stored in an array where the children of index i sit at 2i+1 and 2i+2, so no pointers are needed. Push and pop cost O(log n) because an element sifts up or down one level at a time. I use heaps for priority queues, for example to schedule jobs or to run Dijkstra.',
      keywords: 'root smallest min heap array 2i children log n sift heapify priority queue dijkstra',
      negated: 'I do not really know heaps. I never learned how a heap is stored, and I am not sure what sifting or a priority queue means.',
      echo: 'What is a heap, how does it work, and what is it good for? A heap and how a heap works.',
      off_topic:
        'Last year I trained for a half marathon. I ran three mornings a week, slowly built up the distance and finished the race in the rain with a big smile on my face.',
    },
  },
];
