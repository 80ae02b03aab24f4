/**
 * For content that may wait its turn: true from the first moment `due` is true or the element is
 * on screen, and true from then on. A panel below the fold can so be built after the map has drawn
 * (the map and the panels share the same two cores while the page loads), yet at once for a
 * visitor who scrolls to it first.
 */
import { useEffect, useState, type RefObject } from 'react';

export function useShownOnce(element: RefObject<Element | null>, due: boolean): boolean {
  // no observer to ask (an old browser): shown at once rather than never
  const [seen, setSeen] = useState(() => typeof IntersectionObserver === 'undefined');
  // once due, shown for good, even if `due` turned false again (React's update during render)
  if (due && !seen) setSeen(true);
  const shown = seen || due;
  useEffect(() => {
    if (shown) return;
    const target = element.current;
    if (!target) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) setSeen(true);
    });
    observer.observe(target);
    return () => observer.disconnect();
  }, [element, shown]);
  return shown;
}
