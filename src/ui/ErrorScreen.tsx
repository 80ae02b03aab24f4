import type { ReactNode } from 'react';
import { formatProblem, type Problem } from '../data/problems.ts';
import type { Lang } from '../time/format.ts';
import { t } from './i18n.ts';

/** The page every failure screen shares: a title, what happened, then its own parts (a retry, the details). */
export function ErrorLayout({ testId, title, text, children }: { testId: string; title: string; text: string; children?: ReactNode }) {
  return (
    <main className="error-screen" role="alert" data-testid={testId}>
      <h1>{title}</h1>
      <p>{text}</p>
      {children}
    </main>
  );
}

/** Shown instead of the map when the data fails validation: every problem, readable, never a blank map. */
export function DataErrorScreen({ problems, lang }: { problems: readonly Problem[]; lang: Lang }) {
  return (
    <ErrorLayout testId="data-error" title={t('dataErrorTitle', lang)} text={t('dataErrorIntro', lang)}>
      <ProblemList problems={problems} />
    </ErrorLayout>
  );
}

/** Every problem as file › feature › field: message, one a line. */
export function ProblemList({ problems }: { problems: readonly Problem[] }) {
  return (
    <ul>
      {problems.map((problem, index) => (
        <li key={index}>
          <code>{formatProblem(problem)}</code>
        </li>
      ))}
    </ul>
  );
}
