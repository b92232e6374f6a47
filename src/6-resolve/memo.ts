/**
 * A bounded memo for the resolvers' string functions (slugs, folded words): names and phrases recur
 * from document to document, and these functions run regexes or a Unicode normalisation.
 */

/**
 * `compute` with its answers kept, at most `limit` at a time (emptied when full: a bound on a
 * long run's memory).
 */
export function memoised(compute: (key: string) => string, limit = 10_000): (key: string) => string {
  const answers = new Map<string, string>();
  return (key) => {
    let answer = answers.get(key);
    if (answer === undefined) {
      if (answers.size >= limit) answers.clear();
      answer = compute(key);
      answers.set(key, answer);
    }
    return answer;
  };
}
