import { useEffect, useState } from 'react';

/** The virtual table needs its body height in pixels: the window's height minus the page chrome, kept current. */
export function useTableHeight(chrome = 380, min = 320): number {
  const measure = () => Math.max(min, (typeof window === 'undefined' ? 900 : window.innerHeight) - chrome);
  const [height, setHeight] = useState(measure);
  useEffect(() => {
    const onResize = () => setHeight(measure());
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  });
  return height;
}
