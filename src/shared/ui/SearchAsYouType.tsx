import { Input } from 'antd';
import { useEffect, useRef, useState, type CSSProperties } from 'react';

/** Long enough that typing a word sends one search, short enough to feel immediate. */
export const SEARCH_DEBOUNCE_MS = 250;

interface Props {
  /** The search in force (from the URL); the box starts with it. */
  value: string | undefined;
  /** Called with the trimmed text (undefined when empty) once typing pauses, or at once on Enter / clear. */
  onSearch(q: string | undefined): void;
  placeholder?: string;
  style?: CSSProperties;
  'data-testid'?: string;
}

/** A search box that filters as the user types, debounced so a fast typist does not refilter on every key. */
export function SearchAsYouType({ value, onSearch, placeholder, style, 'data-testid': testId }: Props) {
  const [text, setText] = useState(value ?? '');
  const pending = useRef<ReturnType<typeof setTimeout>>(undefined);
  // The timer calls the latest onSearch: it closes over the page's current filters, which may change meanwhile.
  const latest = useRef(onSearch);
  useEffect(() => {
    latest.current = onSearch;
  });
  useEffect(() => () => clearTimeout(pending.current), []);

  const send = (next: string, delayMs: number) => {
    clearTimeout(pending.current);
    const q = next.trim() || undefined;
    if (delayMs === 0) latest.current(q);
    else pending.current = setTimeout(() => latest.current(q), delayMs);
  };

  return (
    <Input.Search
      allowClear
      value={text}
      placeholder={placeholder}
      onChange={(event) => {
        setText(event.target.value);
        send(event.target.value, SEARCH_DEBOUNCE_MS);
      }}
      onSearch={(next) => send(next, 0)}
      style={style}
      data-testid={testId}
    />
  );
}
