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

/** A point's properties in the index: only its position in `points` (lean objects index faster). */
interface PointProps {
  i: number;
}
type ClusterProps = Record<string, never>;

export interface IncidentMap {
  /** Replace the incidents shown (all points matching the filters). */
  setPoints(points: PointRow[], opts?: { fit?: boolean }): void;
  /** Zoom to the incidents shown. */
  fit(): void;
  /** Mark one incident as selected (or none); `focus` brings it into view, out of its cluster. */
  select(id: string | null, opts?: { focus?: boolean }): void;
}

/** The outline files the build copies next to the bundle (world-atlas, Natural Earth). */
export const OUTLINES = { coarse: 'countries-110m.json', detailed: 'countries-50m.json', detailFromZoom: 5 } as const;

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
  let index = clusterIndex([]);
  let points: PointRow[] = [];
  let selected: string | null = null;

  loadOutlines(map);

  const draw = (): void => {
    layer.clearLayers();
    const b = map.getBounds();
    const z = Math.round(map.getZoom());
    const bbox: [number, number, number, number] = [Math.max(-180, b.getWest()), Math.max(-85, b.getSouth()), Math.min(180, b.getEast()), Math.min(85, b.getNorth())];
    // Cluster ids belong to the index that made them: the handlers below keep that one.
    const ix = index.at(z);
    // Bigger circles first, so a small one at the same spot stays visible and clickable on top.
    const size = (f: { properties: object }): number => ('cluster' in f.properties ? -1 : points[(f.properties as PointProps).i]?.civKilled ?? 0);
    const features = points.length ? ix.getClusters(bbox, z).sort((a, b) => size(b) - size(a)) : [];
    let drawnIncidents = 0;
    for (const f of features) {
      const [lon, lat] = f.geometry.coordinates;
      const p = f.properties as (PointProps & { cluster?: false }) | ClusterProperties;
      if ('cluster' in p && p.cluster) {
        drawnIncidents += p.point_count;
        const deaths = (): number => ix.getLeaves(p.cluster_id, Infinity).reduce((n, leaf) => n + (points[leaf.properties.i]?.civKilled ?? 0), 0);
        layer.addLayer(clusterMarker(lat, lon, p, deaths, () => map.flyTo([lat, lon], Math.min(ix.getClusterExpansionZoom(p.cluster_id), 14))));
      } else {
        const row = points[(p as PointProps).i];
        drawnIncidents += 1;
        layer.addLayer(pointMarker(lat, lon, row, row.id === selected, () => opts.onSelect(row.id)));
      }
    }
    container.dataset.points = String(points.length);
    container.dataset.drawn = String(features.length);
    container.dataset.drawnIncidents = String(drawnIncidents);
    container.dataset.ready = 'true';
  };
  map.on('moveend', draw);
  // The container changes size when the side panel opens or closes: Leaflet must be told.
  new ResizeObserver(() => map.invalidateSize({ pan: false })).observe(container);

  const fit = (): void => {
    const located = points.filter((p) => Number.isFinite(p.lat) && Number.isFinite(p.lon));
    if (located.length === 0) return;
    const bounds = L.latLngBounds(located.map((p) => [p.lat, p.lon] as [number, number]));
    map.fitBounds(bounds.pad(0.2), { maxZoom: 9, animate: false });
  };

  return {
    setPoints(next, o = {}) {
      index.cancel();
      points = next.filter((p) => Number.isFinite(p.lat) && Number.isFinite(p.lon));
      index = clusterIndex([]); // fitting moves the map, which draws: nothing until the new index is there
      if (o.fit) fit();
      index = clusterIndex(points, Math.round(map.getZoom()));
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

/** Cluster radius in pixels, and the zoom above which every incident stands alone. */
const CLUSTERING = { radius: 48, maxZoom: 12 } as const;

/**
 * The cluster index of a set of points, built in two steps for a fast first frame: at once only
 * the zoom levels up to the current one (about half the work with 20,000 points), then every
 * level after the next frame. A zoom beyond the first step before then builds them all at once.
 */
function clusterIndex(points: readonly PointRow[], firstZoom: number = CLUSTERING.maxZoom): { at(zoom: number): Supercluster<PointProps, ClusterProps>; cancel(): void } {
  const features = points.map((p, i) => ({ type: 'Feature' as const, geometry: { type: 'Point' as const, coordinates: [p.lon, p.lat] }, properties: { i } }));
  const build = (maxZoom: number): Supercluster<PointProps, ClusterProps> => new Supercluster<PointProps, ClusterProps>({ ...CLUSTERING, maxZoom }).load(features);
  const quickZoom = Math.max(0, Math.min(CLUSTERING.maxZoom, firstZoom));
  const quick = build(quickZoom);
  let full: Supercluster<PointProps, ClusterProps> | null = quickZoom === CLUSTERING.maxZoom ? quick : null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = full ? 0 : requestAnimationFrame(() => {
    timer = setTimeout(() => {
      full ??= build(CLUSTERING.maxZoom);
    }, 0);
  });
  return {
    at: (zoom) => full ?? (zoom <= quickZoom ? quick : (full = build(CLUSTERING.maxZoom))),
    cancel: () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    },
  };
}

function pointMarker(lat: number, lon: number, p: PointRow, isSelected: boolean, onClick: () => void): L.CircleMarker {
  const colour = gradeColour(p.grade);
  const m = L.circleMarker([lat, lon], {
    radius: radiusFor(p.civKilled ?? 0),
    color: isSelected ? '#000000' : '#ffffff',
    weight: isSelected ? 3 : 1,
    fillColor: colour,
    fillOpacity: 0.85,
    className: `incident-marker grade-${p.grade}${isSelected ? ' selected' : ''}`,
  });
  // An element, not a string: Leaflet would put a string in as HTML.
  m.bindTooltip(() => el('span', { text: `${p.date ?? 'undated'} · ${p.type} · ${p.grade} · ${p.civKilled ?? 0} civilians killed` }));
  m.on('click', onClick);
  m.on('add', () => {
    const path = m.getElement();
    if (path) path.setAttribute('data-id', p.id);
    if (isSelected) m.bringToFront();
  });
  return m;
}

/** A cluster's marker; its civilian deaths are summed only when someone hovers over it. */
function clusterMarker(lat: number, lon: number, p: ClusterProperties, deaths: () => number, onClick: () => void): L.Marker {
  const size = Math.round(24 + 8 * Math.log10(p.point_count));
  const label = el('span', { text: p.point_count_abbreviated.toString() });
  const html = el('div', { class: 'cluster-inner' }, [label]);
  const icon = L.divIcon({ html, className: 'cluster-marker', iconSize: [size, size] });
  const m = L.marker([lat, lon], { icon, keyboard: true, title: `${p.point_count} incidents` });
  m.on('click', onClick);
  m.once('mouseover', () => m.getElement()?.setAttribute('title', `${p.point_count} incidents, ${deaths()} civilians killed`));
  m.on('add', () => m.getElement()?.setAttribute('data-count', String(p.point_count)));
  return m;
}

/**
 * Country outlines: the coarse 1:110m set at once (about 100 kB, so it never delays the
 * markers), replaced by the 1:50m set the first time the map is zoomed in far enough for the
 * difference to show.
 */
function loadOutlines(map: L.Map): void {
  const pane = map.createPane('outlines');
  pane.classList.add('outlines-pane');
  // One canvas: thousands of coastline vertices pan faster on a canvas than as SVG paths.
  const renderer = L.canvas({ pane: 'outlines' });
  let shown: L.GeoJSON | null = null;
  let detailed = false;
  const show = async (url: string): Promise<void> => {
    try {
      const res = await fetch(url);
      if (!res.ok) throw new Error(`${url}: ${res.status}`);
      const topo = (await res.json()) as Topology<{ countries: GeometryCollection }>;
      // (GeoJSON passes its options to each polygon it makes, so the renderer reaches them.)
      const options = { interactive: false, renderer, style: () => ({ weight: 0.6, color: '#8a8f98', fillColor: '#f4f1ea', fillOpacity: 1 }) } as L.GeoJSONOptions;
      const next = L.geoJSON(feature(topo, topo.objects.countries), options);
      next.addTo(map);
      shown?.remove();
      shown = next;
    } catch (err) {
      // The map still works without outlines; say so (as text: attributions are HTML) and go on.
      console.warn('civwatch: country outlines not loaded', err);
      map.attributionControl.addAttribution('outlines unavailable');
    }
  };
  void show(OUTLINES.coarse);
  map.on('zoomend', () => {
    if (detailed || map.getZoom() < OUTLINES.detailFromZoom) return;
    detailed = true;
    void show(OUTLINES.detailed);
  });
}
