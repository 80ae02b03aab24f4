/**
 * The interface's pictographs as inline SVG. Characters such as ⏮ ⏭ ⏸ ✕ are missing from the fonts
 * of many machines (a Debian kiosk draws them as empty boxes), so no pictograph is ever text.
 * Every icon is decorative (aria-hidden): the button around it carries the accessible name.
 */
import type { ReactNode } from 'react';
import type { Control } from '../model/schemas.ts';

interface IconProps {
  /** Edge length in em, so an icon scales with the text of its button. */
  size?: number;
  className?: string;
}

function Svg({ size = 1.1, className, children }: IconProps & { children: ReactNode }) {
  return (
    <svg
      className={className ? `icon ${className}` : 'icon'}
      width={`${size}em`}
      height={`${size}em`}
      viewBox="0 0 24 24"
      fill="currentColor"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}

export const PlayIcon = (props: IconProps) => (
  <Svg {...props}>
    <path d="M7 4.5v15l12-7.5z" />
  </Svg>
);

export const PauseIcon = (props: IconProps) => (
  <Svg {...props}>
    <rect x="6" y="4.5" width="4.2" height="15" rx="0.8" />
    <rect x="13.8" y="4.5" width="4.2" height="15" rx="0.8" />
  </Svg>
);

export const PreviousIcon = (props: IconProps) => (
  <Svg {...props}>
    <rect x="4.5" y="5" width="2.6" height="14" rx="0.6" />
    <path d="M19.5 5v14L8.5 12z" />
  </Svg>
);

export const NextIcon = (props: IconProps) => (
  <Svg {...props}>
    <rect x="16.9" y="5" width="2.6" height="14" rx="0.6" />
    <path d="M4.5 5v14l11-7z" />
  </Svg>
);

export const CloseIcon = (props: IconProps) => (
  <Svg {...props}>
    <path d="M6 6l12 12M18 6L6 18" stroke="currentColor" strokeWidth="2.6" strokeLinecap="round" fill="none" />
  </Svg>
);

export const ArrowLeftIcon = (props: IconProps) => (
  <Svg {...props}>
    <path d="M19 12H6m5-6-6 6 6 6" stroke="currentColor" strokeWidth="2.4" strokeLinecap="round" strokeLinejoin="round" fill="none" />
  </Svg>
);

export const ArrowRightIcon = (props: IconProps) => (
  <Svg {...props}>
    <path d="M5 12h13m-5-6 6 6-6 6" stroke="currentColor" strokeWidth="2.4" strokeLinecap="round" strokeLinejoin="round" fill="none" />
  </Svg>
);

/** A chevron that points up when the sheet can be opened, down when it can be closed. */
export const ChevronIcon = ({ up, ...props }: IconProps & { up: boolean }) => (
  <Svg {...props}>
    <path
      d={up ? 'M6 15l6-6 6 6' : 'M6 9l6 6 6-6'}
      stroke="currentColor"
      strokeWidth="2.6"
      strokeLinecap="round"
      strokeLinejoin="round"
      fill="none"
    />
  </Svg>
);

/** A picture frame with a downward arrow: "save this moment as a picture". */
export const SavePictureIcon = (props: IconProps) => (
  <Svg {...props}>
    <g stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" fill="none">
      <path d="M4 14v5h16v-5" />
      <path d="M12 3v11m-4.5-4.5L12 14l4.5-4.5" />
    </g>
  </Svg>
);

export const PrintIcon = (props: IconProps) => (
  <Svg {...props}>
    <g stroke="currentColor" strokeWidth="2" strokeLinejoin="round" fill="none">
      <path d="M7 9V3.5h10V9" />
      <rect x="3.5" y="9" width="17" height="8" rx="1.5" />
      <path d="M7 14h10v6.5H7z" fill="var(--paper-light, #fff)" />
    </g>
  </Svg>
);

/**
 * The shape of each controller, the same as on the map (markers.ts): ● MRC, ■ government,
 * ◆ contested (hatched there), ○ unknown. Drawn, since ● ■ ◆ ○ are font-dependent characters.
 */
export function ControlShape({ control, color, size = 1.1 }: { control: Control; color: string; size?: number }) {
  const shape = {
    mrc: <circle cx="12" cy="12" r="7.5" fill={color} />,
    government: <rect x="5" y="5" width="14" height="14" fill={color} />,
    contested: <path d="M12 3.5 20.5 12 12 20.5 3.5 12z" fill={color} />,
    unknown: <circle cx="12" cy="12" r="6.5" fill="none" stroke={color} strokeWidth="2.5" />,
  }[control];
  return <Svg size={size}>{shape}</Svg>;
}
