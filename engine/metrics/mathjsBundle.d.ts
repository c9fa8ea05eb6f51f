/** The single-file bundle of math.js (an exported entry of the package, without typings of its own): the same API as the package. */
declare module 'mathjs/lib/browser/math.js' {
  const math: typeof import('mathjs');
  export default math;
}
