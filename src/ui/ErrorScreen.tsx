import { formatProblem, type Problem } from '../data/problems.ts';
import type { Lang } from '../time/format.ts';
import { t } from './i18n.ts';

/** Shown instead of the map when the data fails validation: every problem, readable, never a blank map. */
export function DataErrorScreen({ problems, lang }: { problems: readonly Problem[]; lang: Lang }) {
  return (
    <main className="error-screen" role="alert" data-testid="data-error">
      <h1>{t('dataErrorTitle', lang)}</h1>
      <p>{t('dataErrorIntro', lang)}</p>
      <ProblemList problems={problems} />
    </main>
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
