/** The shell header's height: the header itself, and where toasts start so they never cover its controls. */
export const HEADER_HEIGHT = 56;

/**
 * Messages and notifications open just below the header: at antd's default (top 8-24 px) they covered the
 * header's controls and the buttons of a drawer's own header (Jobs), the very things a user reaches for next.
 */
export const TOAST_TOP = HEADER_HEIGHT + 8;
