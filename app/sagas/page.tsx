import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Diagram, diagramHrefs } from '@/components/diagrams/diagram';
import { PageShell } from '@/components/page-shell';
import { RatingBars } from '@/components/sagas/rating-bars';
import { SagaExplorer } from '@/components/sagas/saga-explorer';
import { SagaMatrix } from '@/components/sagas/saga-matrix';
import { getSite } from '@/lib/site/current';
import { asSlug } from '@/lib/content/paths';
import { hasSagaExplorer, SAGAS_HREF } from '@/lib/site/site-links';

export const metadata: Metadata = {
  title: 'Saga explorer',
  description:
    'Choose communication, consistency and coordination to see which saga variant they make, and compare the variants side by side.',
  alternates: { canonical: SAGAS_HREF },
};

export default async function SagasPage() {
  const site = await getSite();
  // Without saga variant notes there is no explorer: `next dev` answers 404, and the build
  // removes the not-found page Next exports here (lib/build/optional-pages.ts).
  if (!hasSagaExplorer(site)) notFound();
  const hrefOf = diagramHrefs(site);
  // Every variant's ratings and happy-path diagram (its note's first), drawn at build time.
  const panels = Object.fromEntries(
    site.sagas.map((variant) => {
      const diagram = site.bySlug.get(asSlug(variant.slug))?.diagrams[0];
      return [
        variant.slug,
        <div key={variant.slug} className="mt-4 grid gap-4">
          <RatingBars variant={variant} />
          {diagram ? (
            <Diagram source={diagram.source} hrefOf={hrefOf} svg={site.diagramSvgs.get(diagram.source)}>
              The happy path of the {variant.name}.
            </Diagram>
          ) : null}
        </div>,
      ];
    }),
  );
  return (
    <PageShell areas={site.areas}>
      <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Saga explorer</h1>
      <p className="mt-3 max-w-2xl text-lg text-muted">
        A saga is shaped by three choices: how its services talk, how consistent its data must be, and who coordinates it. Pick one of each
        to see the variant they make.
      </p>
      <SagaExplorer variants={site.sagas} panels={panels} />
      <h2 className="mt-12 mb-4 text-2xl font-semibold">Compare the variants</h2>
      <SagaMatrix variants={site.sagas} />
    </PageShell>
  );
}
