// One toolbar button: an accessible name always, aria-pressed only for formats that toggle.
'use client';
import type { ReactNode } from 'react';

type Props = {
  label: string;
  shortcut?: string;
  pressed?: boolean;
  disabled?: boolean;
  onClick: () => void;
  children: ReactNode;
};

export function ToolbarButton({ label, shortcut, pressed, disabled, onClick, children }: Props) {
  return (
    <button
      type="button"
      className="toolbar-button"
      aria-label={label}
      aria-pressed={pressed === undefined ? undefined : pressed}
      title={shortcut ? `${label} (${shortcut})` : label}
      disabled={disabled}
      // Keep the selection in the editor: a mouse-down on the button would otherwise blur it.
      onMouseDown={(event) => event.preventDefault()}
      onClick={onClick}
    >
      {children}
    </button>
  );
}
