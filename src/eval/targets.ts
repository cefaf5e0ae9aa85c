/**
 * The accuracy targets of issue 3 ("Raise accuracy"), with the published reference point each
 * is compared to. `civwatch eval` prints them beside the figures reached.
 */
export interface Target {
  key: string;
  label: string;
  target: number;
  reference: string;
}

export const targets: readonly Target[] = [
  { key: 'acled.fatalities.exact.positive', label: 'ACLED fatalities exact, rows with fatalities > 0', target: 0.95, reference: 'naive regex ~69%' },
  { key: 'acled.subEventType.macroF1', label: 'ACLED sub_event_type macro-F1', target: 0.85, reference: 'ConflLlama (fine-tuned 8B LLM) macro-F1 0.58 on GTD attack types' },
  { key: 'acled.date.exact', label: 'ACLED event date exact', target: 0.97, reference: '' },
  { key: 'acled.place.within25km', label: 'ACLED place within 25 km', target: 0.9, reference: 'Mordecai 3: 80–93% exact GeoNames match' },
  { key: 'airwars.killed.both', label: 'Airwars civilians killed, min and max both exact', target: 0.9, reference: '' },
  { key: 're3d.Person.overlap.f1', label: 're3d Person, overlap F1', target: 0.8, reference: '' },
  { key: 're3d.Organisation.overlap.f1', label: 're3d Organisation, overlap F1', target: 0.8, reference: '' },
  { key: 're3d.Location.overlap.f1', label: 're3d Location, overlap F1', target: 0.8, reference: '' },
  { key: 'polnear.source.overlap.f1', label: 'PolNeAR source overlap F1', target: 0.85, reference: "BBC's Citron: 0.85 on PARC 3.0" },
  { key: 'polnear.content.overlap.f1', label: 'PolNeAR content overlap F1', target: 0.8, reference: "BBC's Citron: 0.83 on PARC 3.0" },
];
