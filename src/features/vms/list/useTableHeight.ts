import { useEffect, useState } from 'react';
import { useEmbed } from '@/shared/embed';

/**
 * Embedded, the host sizes the frame from the content's height: a table sized from the frame would chase it
 * (each resize changing the other), so it takes a fixed body height there.
 */
export const EMBEDDED_TABLE_HEIGHT = 560;

/** The virtual table needs its body height in pixels: the window's height minus the page chrome, kept current. */
export function useTableHeight(chrome = 380, min = 320): number {
  const embedded = useEmbed((state) => state.embedded);
  const measure = () => (embedded ? EMBEDDED_TABLE_HEIGHT : Math.max(min, (typeof window === 'undefined' ? 900 : window.innerHeight) - chrome));
  const [height, setHeight] = useState(measure);
  useEffect(() => {
    const onResize = () => setHeight(measure());
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  });
  return height;
}
