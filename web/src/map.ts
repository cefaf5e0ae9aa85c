/**
 * The incident map: country outlines (Natural Earth via world-atlas, shipped beside the bundle,
 * no tiles) and the incidents, clustered with supercluster so 20,000 points draw as a few
 * hundred markers. Single incidents are circles coloured by grade and sized by civilian deaths;
 * clusters are labelled with their count. Nothing here fetches from another host.
 */
import L from 'leaflet';
import Supercluster from 'supercluster';
import type { ClusterProperties } from 'supercluster';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import { el } from './dom.js';
import { gradeColour, radiusFor } from './grades.js';
import type { PointRow } from './types.js';

interface PointProps {
  id: string;
  grade: string;
  civKilled: number;
  date: string | null;
  type: string;
}
interface ClusterProps {
  civKilled: number;
}

export interface IncidentMap {
  /** Replace the incidents shown (all points matching the filters). */
  setPoints(points: PointRow[], opts?: { fit?: boolean }): void;
  /** Zoom to the incidents shown. */
  fit(): void;
  /** Mark one incident as selected (or none); `focus` brings it into view, out of its cluster. */
  select(id: string | null, opts?: { focus?: boolean }): void;
}

/** The outlines file the build copies next to the bundle. */
export const OUTLINES_URL = 'countries-50m.json';

/**
 * Build the map in a container.
 *
 * @example
 * const map = createMap(byId('map'), { onSelect: (id) => openIncident(id) });
 * map.setPoints(await fetchPoints(filters), { fit: true });
 */
export function createMap(container: HTMLElement, opts: { onSelect(id: string): void }): IncidentMap {
  const renderer = L.svg({ padding: 0.2 });
  const map = L.map(container, { worldCopyJump: false, minZoom: 1, maxZoom: 14, renderer, attributionControl: true, preferCanvas: false }).setView([25, 20], 2);
  map.attributionControl.setPrefix(false).addAttribution('Outlines: Natural Earth (public domain)');
  const layer = L.layerGroup().addTo(map);
  let index = new Supercluster<PointProps, ClusterProps>({ radius: 48, maxZoom: 12 });
  let points: PointRow[] = [];
  let selected: string | null = null;

  void loadOutlines(map);

  const draw = (): void => {
    layer.clearLayers();
    const b = map.getBounds();
    const z = Math.round(map.getZoom());
    const bbox: [number, number, number, number] = [Math.max(-180, b.getWest()), Math.max(-85, b.getSouth()), Math.min(180, b.getEast()), Math.min(85, b.getNorth())];
    const features = points.length ? index.getClusters(bbox, z) : [];
    let drawnIncidents = 0;
    for (const f of features) {
      const [lon, lat] = f.geometry.coordinates;
      const p = f.properties as (PointProps & { cluster?: false }) | (ClusterProps & ClusterProperties);
      if ('cluster' in p && p.cluster) {
        drawnIncidents += p.point_count;
        layer.addLayer(clusterMarker(lat, lon, p, () => map.flyTo([lat, lon], Math.min(index.getClusterExpansionZoom(p.cluster_id), 14))));
      } else {
        const pp = p as PointProps;
        drawnIncidents += 1;
        layer.addLayer(pointMarker(lat, lon, pp, pp.id === selected, () => opts.onSelect(pp.id)));
      }
    }
    container.dataset.points = String(points.length);
    container.dataset.drawn = String(features.length);
    container.dataset.drawnIncidents = String(drawnIncidents);
    container.dataset.ready = 'true';
  };
  map.on('moveend', draw);

  const fit = (): void => {
    const located = points.filter((p) => Number.isFinite(p.lat) && Number.isFinite(p.lon));
    if (located.length === 0) return;
    const bounds = L.latLngBounds(located.map((p) => [p.lat, p.lon] as [number, number]));
    map.fitBounds(bounds.pad(0.2), { maxZoom: 9, animate: false });
  };

  return {
    setPoints(next, o = {}) {
      points = next.filter((p) => Number.isFinite(p.lat) && Number.isFinite(p.lon));
      index = new Supercluster<PointProps, ClusterProps>({
        radius: 48,
        maxZoom: 12,
        map: (props) => ({ civKilled: props.civKilled }),
        reduce: (acc, props) => {
          acc.civKilled += props.civKilled;
        },
      });
      index.load(points.map((p) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [p.lon, p.lat] }, properties: { id: p.id, grade: p.grade, civKilled: p.civKilled ?? 0, date: p.date, type: p.type } })));
      if (o.fit) fit();
      draw();
    },
    fit: () => {
      fit();
      draw();
    },
    select(id, o = {}) {
      selected = id;
      const p = o.focus && id ? points.find((x) => x.id === id) : undefined;
      if (p) map.setView([p.lat, p.lon], Math.max(map.getZoom(), 13), { animate: false });
      draw();
    },
  };
}

function pointMarker(lat: number, lon: number, p: PointProps, isSelected: boolean, onClick: () => void): L.CircleMarker {
  const colour = gradeColour(p.grade);
  const m = L.circleMarker([lat, lon], {
    radius: radiusFor(p.civKilled),
    color: isSelected ? '#000000' : '#ffffff',
    weight: isSelected ? 3 : 1,
    fillColor: colour,
    fillOpacity: 0.85,
    className: `incident-marker grade-${p.grade}${isSelected ? ' selected' : ''}`,
  });
  m.bindTooltip(`${p.date ?? 'undated'} · ${p.type} · ${p.grade} · ${p.civKilled} civilians killed`);
  m.on('click', onClick);
  m.on('add', () => {
    const path = m.getElement();
    if (path) path.setAttribute('data-id', p.id);
  });
  return m;
}

function clusterMarker(lat: number, lon: number, p: ClusterProps & ClusterProperties, onClick: () => void): L.Marker {
  const size = Math.round(24 + 8 * Math.log10(p.point_count));
  const label = el('span', { text: p.point_count_abbreviated.toString() });
  const html = el('div', { class: 'cluster-inner' }, [label]);
  const icon = L.divIcon({ html, className: 'cluster-marker', iconSize: [size, size] });
  const m = L.marker([lat, lon], { icon, keyboard: true, title: `${p.point_count} incidents, ${p.civKilled} civilians killed` });
  m.on('click', onClick);
  m.on('add', () => m.getElement()?.setAttribute('data-count', String(p.point_count)));
  return m;
}

async function loadOutlines(map: L.Map): Promise<void> {
  try {
    const res = await fetch(OUTLINES_URL);
    if (!res.ok) throw new Error(`outlines: ${res.status}`);
    const topo = (await res.json()) as Topology<{ countries: GeometryCollection }>;
    const countries = feature(topo, topo.objects.countries);
    // Their own pane under the markers, drawn on one canvas: thousands of coastline vertices
    // pan faster on a canvas than as SVG paths.
    const pane = map.createPane('outlines');
    pane.classList.add('outlines-pane');
    const renderer = L.canvas({ pane: 'outlines' });
    // (GeoJSON passes its options to each polygon it makes, so the renderer reaches them.)
    const options = { interactive: false, renderer, style: () => ({ weight: 0.6, color: '#8a8f98', fillColor: '#f4f1ea', fillOpacity: 1 }) } as L.GeoJSONOptions;
    L.geoJSON(countries, options).addTo(map);
  } catch (err) {
    // The map still works without outlines; say so in the corner rather than fail.
    map.attributionControl.addAttribution(`outlines unavailable (${(err as Error).message})`);
  }
}
