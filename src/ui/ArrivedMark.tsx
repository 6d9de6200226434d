/**
 * Closes a `.shown-once-whole` element: until the browser has parsed this mark, the element is
 * hidden. A slow link brings a page in pieces, and a part painted before the rest of its element
 * arrived would move as the rest came (a row of images restretched, a right-aligned nav pushed
 * along); hidden until whole, it appears in its final place.
 */
export function ArrivedMark() {
  return <i className="arrived" hidden />;
}
