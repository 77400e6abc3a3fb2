/** The part of autocannon's API the HTTP bench uses (the package ships no types). */
declare module 'autocannon' {
  namespace autocannon {
    interface RequestSpec {
      method?: string;
      path?: string;
      headers?: Record<string, string>;
      body?: string;
      setupRequest?: (request: RequestSpec) => RequestSpec;
    }
    interface Options extends RequestSpec {
      url: string;
      connections?: number;
      duration?: number;
      requests?: RequestSpec[];
    }
  }
  function autocannon(options: autocannon.Options, done: (error: Error | null, result: unknown) => void): unknown;
  export = autocannon;
}
