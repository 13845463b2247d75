import { createRequire as __mergemlCreateRequire } from 'node:module';
import { fileURLToPath as __mergemlFileURLToPath } from 'node:url';
const require = __mergemlCreateRequire(import.meta.url);
const __mergemlDirname = __mergemlFileURLToPath(new URL('.', import.meta.url));
import {
  BoundedSample,
  DEFAULT_MAX_DISTINCT
} from "./chunk-6CBAJCOW.js";
import {
  CELL_NULL,
  CELL_NUMBER,
  cellKinds
} from "./chunk-HEVO2NNT.js";

// src/core/stats/histogram.ts
function sturgesBinEdges(min, max, size) {
  let first = min;
  let last = max;
  if (first === last) {
    first -= 0.5;
    last += 0.5;
  }
  const width = (max - min) / (Math.log2(size) + 1);
  const bins = width ? Math.ceil((last - first) / width) : 1;
  return linspace(first, last, bins + 1);
}
function linspace(start, stop, num) {
  const out = new Float64Array(num);
  const step = (stop - start) / (num - 1);
  for (let i = 0; i < num; i++) out[i] = i * step + start;
  out[num - 1] = stop;
  return out;
}
function histogramCounts(sample, edges) {
  const counts = new Float64Array(edges.length - 1);
  const last = edges[edges.length - 1];
  for (let i = 0; i < sample.values.length; i++) {
    const v = sample.values[i];
    if (v < edges[0] || v > last) continue;
    let lo = 0;
    let hi = edges.length - 1;
    if (v === last) lo = edges.length - 2;
    else {
      while (hi - lo > 1) {
        const mid = lo + hi >> 1;
        if (edges[mid] <= v) lo = mid;
        else hi = mid;
      }
    }
    counts[lo] = counts[lo] + sample.counts[i];
  }
  return counts;
}

// src/core/stats/weighted-sample.ts
function weightedMoments(s) {
  let sum = 0;
  for (let i = 0; i < s.values.length; i++) sum += s.values[i] * s.counts[i];
  const mean = sum / s.total;
  let ss = 0;
  for (let i = 0; i < s.values.length; i++) ss += s.counts[i] * (s.values[i] - mean) ** 2;
  return { mean, std: Math.sqrt(ss / s.total) };
}
function* mergedCumulative(a, b) {
  let i = 0;
  let j = 0;
  let cumA = 0;
  let cumB = 0;
  while (i < a.values.length || j < b.values.length) {
    const va = i < a.values.length ? a.values[i] : Infinity;
    const vb = j < b.values.length ? b.values[j] : Infinity;
    const value = Math.min(va, vb);
    if (va === value) cumA += a.counts[i++];
    if (vb === value) cumB += b.counts[j++];
    yield { value, cumA, cumB };
  }
}

// src/core/drift/binned-frequencies.ts
function valueCounts(type, ref, cur) {
  if (type === "num") {
    const a2 = ref.numeric;
    const b2 = cur.numeric;
    if (!a2 || !b2) return null;
    const keys2 = [];
    const reference = [];
    const current = [];
    let prevA = 0;
    let prevB = 0;
    for (const { value, cumA, cumB } of mergedCumulative(a2.sample, b2.sample)) {
      keys2.push(String(value));
      reference.push(cumA - prevA);
      current.push(cumB - prevB);
      prevA = cumA;
      prevB = cumB;
    }
    return { keys: keys2, reference, current, referenceTotal: a2.sample.total, currentTotal: b2.sample.total };
  }
  const a = ref.categories;
  const b = cur.categories;
  if (!a || !b) return null;
  const keys = [.../* @__PURE__ */ new Set([...a.counts.keys(), ...b.counts.keys()])].sort();
  return {
    keys,
    reference: keys.map((k) => a.counts.get(k) ?? 0),
    current: keys.map((k) => b.counts.get(k) ?? 0),
    referenceTotal: a.count,
    currentTotal: b.count
  };
}
function uniqueCount(type, ref, cur) {
  return valueCounts(type, ref, cur)?.keys.length ?? null;
}
function fillZeroProportions(p) {
  const nonzero = p.filter((v) => v !== 0);
  if (nonzero.length === 0) return [...p];
  const min = Math.min(...nonzero);
  const fill = min <= 1e-4 ? min / 1e6 : 1e-4;
  return p.map((v) => v === 0 ? fill : v);
}
function binnedProportions(type, ref, cur, fillZeros) {
  let reference;
  let current;
  if (type === "num" && ref.numeric && cur.numeric && ref.numeric.sample.values.length > 20) {
    const a = ref.numeric;
    const b = cur.numeric;
    const edges = sturgesBinEdges(Math.min(a.min, b.min), Math.max(a.max, b.max), a.count + b.count);
    reference = [...histogramCounts(a.sample, edges)].map((c) => c / a.sample.total);
    current = [...histogramCounts(b.sample, edges)].map((c) => c / b.sample.total);
  } else {
    const counts = valueCounts(type, ref, cur);
    if (!counts) return null;
    reference = counts.reference.map((c) => c / counts.referenceTotal);
    current = counts.current.map((c) => c / counts.currentTotal);
  }
  return fillZeros ? { reference: fillZeroProportions(reference), current: fillZeroProportions(current) } : { reference, current };
}

// src/core/stats/divergence.ts
function populationStabilityIndex(reference, current) {
  let psi2 = 0;
  for (let i = 0; i < reference.length; i++) {
    const r = reference[i];
    const c = current[i];
    psi2 += (r - c) * Math.log(r / c);
  }
  return psi2;
}
function klTerms(p, m) {
  let s = 0;
  for (let i = 0; i < p.length; i++) if (p[i] > 0) s += p[i] * Math.log(p[i] / m[i]);
  return s;
}
function jensenShannonDistance(p, q, base) {
  const sp = p.reduce((a, b) => a + b, 0);
  const sq = q.reduce((a, b) => a + b, 0);
  const pn = p.map((v) => v / sp);
  const qn = q.map((v) => v / sq);
  const m = pn.map((v, i) => (v + qn[i]) / 2);
  let js = (klTerms(pn, m) + klTerms(qn, m)) / 2;
  if (base !== void 0) js /= Math.log(base);
  return Math.sqrt(Math.max(js, 0));
}
function jensenShannonDivergenceBase2(p, q) {
  return Math.min(jensenShannonDistance(p, q, 2) ** 2, 1);
}
function lInfinityDistance(p, q) {
  const sp = p.reduce((a, b) => a + b, 0);
  const sq = q.reduce((a, b) => a + b, 0);
  let max = 0;
  for (let i = 0; i < p.length; i++) max = Math.max(max, Math.abs(p[i] / sp - q[i] / sq));
  return max;
}
function normalizedAbsDifference(x, y) {
  let max = 0;
  let total = 0;
  for (let i = 0; i < x.length; i++) {
    max = Math.max(max, Math.abs(x[i] - y[i]));
    total += x[i] + y[i];
  }
  return total === 0 ? 0 : max / total;
}
function wassersteinDistance(a, b) {
  let w = 0;
  let previous;
  for (const { value, cumA, cumB } of mergedCumulative(a, b)) {
    if (previous) w += Math.abs(previous.fa - previous.fb) * (value - previous.value);
    previous = { value, fa: cumA / a.total, fb: cumB / b.total };
  }
  return w;
}

// src/core/stats/kolmogorov-smirnov-distribution.ts
var E128 = 2 ** 128;
var EM128 = 2 ** -128;
var MIN_LOG = -708;
var CEPHES_MINLOG = -708.3964185322641;
var SMIRNOV_MAX_COMPUTE_N = 1e6;
var PI2 = Math.PI ** 2;
var PI4 = Math.PI ** 4;
var PI6 = Math.PI ** 6;
var SQRT2PI = Math.sqrt(2 * Math.PI);
var LOG_2PI = Math.log(2 * Math.PI);
var STIRLING = [
  -0.029550653594771242,
  0.00641025641025641,
  -0.0019175269175269176,
  8417508417508417e-19,
  -5952380952380953e-19,
  7936507936507937e-19,
  -0.002777777777777778,
  0.08333333333333333
];
var clip = (p) => p < 0 ? 0 : p > 1 ? 1 : p;
function smirnovSf(n, x) {
  if (Number.isNaN(x) || !(n > 0 && x >= 0 && x <= 1)) return NaN;
  if (n === 1) return 1 - x;
  if (x === 0) return 1;
  if (x === 1) return 0;
  const nx = n * x;
  let nxfl = Math.floor(nx);
  let alpha = nx - nxfl;
  if (alpha === 1) {
    nxfl += 1;
    alpha = 0;
  }
  if (nxfl === 0 || nxfl === 1 && alpha === 0) return clip(1 - x * (1 + x) ** (n - 1));
  if (-2 * n * x * x < CEPHES_MINLOG) return 0;
  if (nxfl >= n - 1) return clip((1 - x) ** n);
  if (n > SMIRNOV_MAX_COMPUTE_N) {
    const logp = -((6 * n * x + 1) ** 2) / 18 / n;
    return logp < -Math.LN2 ? Math.exp(logp) : 1 + Math.expm1(logp);
  }
  const last = n - nxfl - 1;
  let logC = 0;
  let sum = 0;
  let peaked = false;
  let previous = -Infinity;
  for (let v = 0; v <= last; v++) {
    if (v > 0) logC += Math.log((n - v + 1) / v);
    const a = (n - v) / n - x;
    const b = x + v / n;
    const logTerm = logC + (n - v) * Math.log(a) + (v - 1) * Math.log(b) + Math.log(x);
    const term = Math.exp(logTerm);
    sum += term;
    if (logTerm < previous) peaked = true;
    previous = logTerm;
    if (peaked && term < sum * 1e-17) break;
  }
  return clip(sum);
}
function kolmognDurbin(n, d) {
  if (d >= 1) return 1;
  const nd = n * d;
  if (nd <= 0.5) return 0;
  const k = Math.ceil(nd);
  const h = k - nd;
  const m = 2 * k - 1;
  let H = Array.from({ length: m }, () => new Float64Array(m));
  const v = new Float64Array(m);
  const w = new Float64Array(m);
  let fac = 1;
  for (let j = 1; j <= m; j++) {
    w[j - 1] = fac;
    fac /= j;
    v[j - 1] = (1 - h ** j) * fac;
  }
  const tt = Math.max(2 * h - 1, 0) ** m - 2 * h ** m;
  v[m - 1] = (1 + tt) * fac;
  for (let i = 1; i < m; i++) for (let r = i - 1; r < m; r++) H[r][i] = w[r - i + 1];
  for (let r = 0; r < m; r++) H[r][0] = v[r];
  for (let c = 0; c < m; c++) H[m - 1][c] = v[m - 1 - c];
  let P = Array.from({ length: m }, (_, i) => {
    const row = new Float64Array(m);
    row[i] = 1;
    return row;
  });
  let nn = n;
  let expnt = 0;
  let hExpnt = 0;
  while (nn > 0) {
    if (nn % 2) {
      P = multiply(P, H);
      expnt += hExpnt;
    }
    H = multiply(H, H);
    hExpnt *= 2;
    if (Math.abs(H[k - 1][k - 1]) > E128) {
      for (const row of H) for (let c = 0; c < m; c++) row[c] = row[c] / E128;
      hExpnt += 128;
    }
    nn = Math.floor(nn / 2);
  }
  let p = P[k - 1][k - 1];
  for (let i = 1; i <= n; i++) {
    p = i * p / n;
    if (Math.abs(p) < EM128) {
      p *= E128;
      expnt -= 128;
    }
  }
  if (expnt !== 0) p *= 2 ** expnt;
  return clip(p);
}
function multiply(a, b) {
  const m = a.length;
  const out = Array.from({ length: m }, () => new Float64Array(m));
  for (let i = 0; i < m; i++) {
    const ai = a[i];
    const oi = out[i];
    for (let k = 0; k < m; k++) {
      const aik = ai[k];
      if (aik === 0) continue;
      const bk = b[k];
      for (let j = 0; j < m; j++) oi[j] = oi[j] + aik * bk[j];
    }
  }
  return out;
}
function pomeranzBounds(i, n, ll, ceilf, roundf) {
  let j1;
  let j2;
  if (i === 0) {
    j1 = -ll - ceilf - 1;
    j2 = ll + ceilf - 1;
  } else {
    const ip1div2 = Math.floor((i + 1) / 2);
    if ((i + 1) % 2 === 0) {
      if (ip1div2 === n + 1) {
        j1 = n - ll - ceilf - 1;
        j2 = n + ll + ceilf - 1;
      } else {
        j1 = ip1div2 - 1 - ll - roundf - 1;
        j2 = ip1div2 + ll - 1 + ceilf - 1;
      }
    } else {
      j1 = ip1div2 - 1 - ll - 1;
      j2 = ip1div2 + ll + roundf - 1;
    }
  }
  return [Math.max(j1 + 2, 0), Math.min(j2, n)];
}
function kolmognPomeranz(n, x) {
  const t = n * x;
  const ll = Math.floor(t);
  const f = t - ll;
  const g = Math.min(f, 1 - f);
  const ceilf = f > 0 ? 1 : 0;
  const roundf = f > 0.5 ? 1 : 0;
  const npwrs = 2 * (ll + 1);
  const gpower = new Float64Array(npwrs);
  const twogpower = new Float64Array(npwrs);
  const onem2gpower = new Float64Array(npwrs);
  gpower[0] = twogpower[0] = onem2gpower[0] = 1;
  for (let m = 1; m < npwrs; m++) {
    gpower[m] = gpower[m - 1] * (g / n) / m;
    twogpower[m] = twogpower[m - 1] * (2 * g / n) / m;
    onem2gpower[m] = onem2gpower[m - 1] * ((1 - 2 * g) / n) / m;
  }
  let V0 = new Float64Array(npwrs);
  let V1 = new Float64Array(npwrs);
  V1[0] = 1;
  let V0s = 0;
  let V1s = 0;
  let expnt = 0;
  let [j1, j2] = pomeranzBounds(0, n, ll, ceilf, roundf);
  for (let i = 1; i < 2 * n + 2; i++) {
    const k1 = j1;
    [V0, V1] = [V1, V0];
    [V0s, V1s] = [V1s, V0s];
    V1.fill(0);
    [j1, j2] = pomeranzBounds(i, n, ll, ceilf, roundf);
    const pwrs = i === 1 || i === 2 * n + 1 ? gpower : i % 2 ? twogpower : onem2gpower;
    const ln2 = j2 - k1 + 1;
    if (ln2 > 0) {
      const start = j1 - k1;
      const len = j2 - j1 + 1;
      const off = k1 - V0s;
      let max = 0;
      for (let c = start; c < start + len; c++) {
        let s = 0;
        const lo = Math.max(0, c - ln2 + 1);
        const hi = Math.min(c, ln2 - 1);
        for (let a = lo; a <= hi; a++) s += (V0[off + a] ?? 0) * pwrs[c - a];
        V1[c - start] = s;
        if (s > max) max = s;
      }
      if (max > 0 && max < EM128) {
        for (let c = 0; c < len; c++) V1[c] = V1[c] * E128;
        expnt -= 128;
      }
      V1s = V0s + j1 - k1;
    }
  }
  let ans = V1[n - V1s];
  for (let m = 1; m <= n; m++) {
    if (Math.abs(ans) > E128) {
      ans *= EM128;
      expnt += 128;
    }
    ans *= m;
  }
  if (expnt !== 0) ans *= 2 ** expnt;
  return clip(ans);
}
function kolmognPelzGood(n, x) {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const z2 = Math.sqrt(n) * x;
  const z22 = z2 * z2;
  const z3 = z2 ** 3;
  const z4 = z2 ** 4;
  const z6 = z2 ** 6;
  const qlog = -PI2 / 8 / z22;
  if (qlog < MIN_LOG) return 0;
  let q = Math.exp(qlog);
  const k1a = -z22;
  const k1b = PI2 / 4;
  const k2a = 6 * z6 + 2 * z4;
  const k2b = (2 * z4 - 5 * z22) * PI2 / 4;
  const k2c = PI4 * (1 - 2 * z22) / 16;
  const k3d = PI6 * (5 - 30 * z22) / 64;
  const k3c = PI4 * (-60 * z22 + 212 * z4) / 16;
  const k3b = PI2 * (135 * z4 - 96 * z6) / 4;
  const k3a = -30 * z6 - 90 * z2 ** 8;
  const K = [0, 0, 0, 0];
  const maxk = Math.ceil(16 * z2 / Math.PI);
  for (let k = maxk; k > 0; k--) {
    const m = 2 * k - 1;
    const m2 = m * m;
    const m4 = m ** 4;
    const m6 = m ** 6;
    const qp = q ** (8 * k);
    const coeffs = [1, k1a + k1b * m2, k2a + k2b * m2 + k2c * m4, k3a + k3b * m2 + k3c * m4 + k3d * m6];
    for (let i = 0; i < 4; i++) K[i] = K[i] * qp + coeffs[i];
  }
  const div = [z2, 6 * z4, 72 * z2 ** 7, 6480 * z2 ** 10];
  for (let i = 0; i < 4; i++) K[i] = K[i] * q * SQRT2PI / div[i];
  q = Math.exp(-PI2 / 2 / z22);
  let k2extra = 0;
  let k3extra = 0;
  const sqrt3z = Math.sqrt(3) * z2;
  for (let k = maxk; k > 0; k--) {
    const k2 = k * k;
    const qp = q ** k2;
    k2extra += k2 * qp;
    const kpi = Math.PI * k;
    k3extra += (sqrt3z + kpi) * (sqrt3z - kpi) * k2 * qp;
  }
  K[2] = K[2] + k2extra * PI2 * SQRT2PI / (-36 * z3);
  K[3] = K[3] + k3extra * PI2 * SQRT2PI / (216 * z6);
  let sum = 0;
  for (let i = 0; i < 4; i++) sum += K[i] / n ** (i / 2);
  return sum;
}
function logFactorialOverPower(n) {
  const rn = 1 / n;
  let poly = 0;
  for (const c of STIRLING) poly = poly * (rn / n) + c;
  return Math.log(n) / 2 - n + LOG_2PI / 2 + rn * poly;
}
function kolmognSf(n, x) {
  if (!Number.isInteger(n) || n <= 0 || Number.isNaN(x)) return NaN;
  if (x >= 1) return 0;
  if (x <= 0) return 1;
  const t = n * x;
  if (t <= 1) {
    if (t <= 0.5) return 1;
    let prob;
    if (n <= 140) {
      prob = 1;
      for (let i = 1; i <= n; i++) prob *= i * (1 / n) * (2 * t - 1);
    } else {
      prob = Math.exp(logFactorialOverPower(n) + n * Math.log(2 * t - 1));
    }
    return clip(1 - prob);
  }
  if (t >= n - 1) return clip(2 * (1 - x) ** n);
  if (x >= 0.5) return clip(2 * smirnovSf(n, x));
  const nxsquared = t * x;
  if (n <= 140) {
    if (nxsquared <= 0.754693) return clip(1 - kolmognDurbin(n, x));
    if (nxsquared <= 4) return clip(1 - kolmognPomeranz(n, x));
    return clip(2 * smirnovSf(n, x));
  }
  if (nxsquared >= 370) return 0;
  if (nxsquared >= 2.2) return clip(2 * smirnovSf(n, x));
  const cdf = nxsquared >= 18 ? 1 : n <= 1e5 && n * x ** 1.5 <= 1.4 ? kolmognDurbin(n, x) : kolmognPelzGood(n, x);
  return clip(1 - cdf);
}

// src/core/stats/ks-two-sample.ts
var KS_MAX_AUTO_N = 1e4;
function roundHalfEven(x) {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}
function gcd(a, b) {
  while (b) [a, b] = [b, a % b];
  return a;
}
function probOutsideSquare(n, h) {
  let P = 0;
  for (let k = Math.floor(n / h); k >= 0; k--) {
    let p1 = 1;
    for (let j = 0; j < h; j++) p1 = (n - k * h - j) * p1 / (n + k * h + j + 1);
    P = p1 * (1 - P);
  }
  return 2 * P;
}
function outerProbInsideMethod(m0, n0, g, h) {
  const m = Math.max(m0, n0);
  const n = Math.min(m0, n0);
  const mg = m / g;
  const ng = n / g;
  let minj = 0;
  let maxj = Math.min(Math.ceil(h / mg), n + 1);
  let curlen = maxj - minj;
  const lenA = Math.min(2 * maxj + 2, n + 1);
  const A = new Float64Array(lenA).fill(1);
  for (let j = minj; j < maxj; j++) A[j] = 0;
  for (let i = 1; i <= m; i++) {
    const lastminj = minj;
    const lastlen = curlen;
    minj = Math.min(Math.max(Math.floor((ng * i - h) / mg) + 1, 0), n);
    maxj = Math.min(Math.ceil((ng * i + h) / mg), n + 1);
    if (maxj <= minj) return 1;
    let val = minj === 0 ? 0 : 1;
    for (let jj = 0; jj < maxj - minj; jj++) {
      const j = jj + minj;
      val = (A[jj + minj - lastminj] * i + val * j) / (i + j);
      A[jj] = val;
    }
    curlen = maxj - minj;
    if (lastlen > curlen) for (let c = maxj - minj; c < maxj - minj + (lastlen - curlen) && c < lenA; c++) A[c] = 1;
  }
  return A[maxj - minj - 1];
}
function ksStatistic(a, b) {
  let maxS = -Infinity;
  let minS = Infinity;
  for (const { cumA, cumB } of mergedCumulative(a, b)) {
    const diff = cumA / a.total - cumB / b.total;
    if (diff > maxS) maxS = diff;
    if (diff < minS) minS = diff;
  }
  const negMin = Math.min(Math.max(-minS, 0), 1);
  return negMin > maxS ? negMin : maxS;
}
function ksTwoSample(a, b) {
  const n1 = a.total;
  const n2 = b.total;
  if (n1 === 0 || n2 === 0) throw new RangeError("ks_2samp needs two non-empty samples");
  let d = ksStatistic(a, b);
  if (Math.max(n1, n2) <= KS_MAX_AUTO_N) {
    const g = gcd(n1, n2);
    const lcm = n1 / g * n2;
    const h = roundHalfEven(d * lcm);
    d = h / lcm;
    if (h === 0) return { statistic: d, pvalue: 1, method: "exact" };
    const prob = n1 === n2 ? probOutsideSquare(n1, h) : outerProbInsideMethod(n1, n2, g, h);
    if (Number.isFinite(prob) && prob >= 0 && prob <= 1) return { statistic: d, pvalue: prob, method: "exact" };
  }
  const [m, n] = n1 >= n2 ? [n1, n2] : [n2, n1];
  const en = m * n / (m + n);
  const p = kolmognSf(roundHalfEven(en), d);
  return { statistic: d, pvalue: Math.min(Math.max(p, 0), 1), method: "asymp" };
}

// src/core/stats/special-functions.ts
var LANCZOS_G = 7;
var LANCZOS = [
  0.9999999999998099,
  676.5203681218851,
  -1259.1392167224028,
  771.3234287776531,
  -176.6150291621406,
  12.507343278686905,
  -0.13857109526572012,
  9984369578019572e-21,
  15056327351493116e-23
];
function logGamma(x) {
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  const z2 = x - 1;
  let a = LANCZOS[0];
  const t = z2 + LANCZOS_G + 0.5;
  for (let i = 1; i < LANCZOS.length; i++) a += LANCZOS[i] / (z2 + i);
  return 0.5 * Math.log(2 * Math.PI) + (z2 + 0.5) * Math.log(t) - t + Math.log(a);
}
var EPS = 1e-16;
var TINY = 1e-300;
function gammaPSeries(a, x) {
  let sum = 1 / a;
  let term = sum;
  for (let n = 1; n < 1e4; n++) {
    term *= x / (a + n);
    sum += term;
    if (Math.abs(term) < Math.abs(sum) * EPS) break;
  }
  return sum * Math.exp(-x + a * Math.log(x) - logGamma(a));
}
function gammaQContinuedFraction(a, x) {
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 1e4; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPS) break;
  }
  return Math.exp(-x + a * Math.log(x) - logGamma(a)) * h;
}
function gammaQ(a, x) {
  if (Number.isNaN(a) || Number.isNaN(x) || a <= 0 || x < 0) return NaN;
  if (x === 0) return 1;
  if (x === Infinity) return 0;
  return x < a + 1 ? 1 - gammaPSeries(a, x) : gammaQContinuedFraction(a, x);
}
function chiSquaredSf(x, df) {
  if (Number.isNaN(x)) return NaN;
  if (x <= 0) return 1;
  return gammaQ(df / 2, x / 2);
}
var TWO_OVER_SQRT_PI = 2 / Math.sqrt(Math.PI);
function erfSeries(x) {
  let term = x;
  let sum = x;
  const x2 = x * x;
  for (let n = 1; n < 500; n++) {
    term *= 2 * x2 / (2 * n + 1);
    sum += term;
    if (term < sum * EPS) break;
  }
  return TWO_OVER_SQRT_PI * Math.exp(-x2) * sum;
}
function erfcContinuedFraction(x) {
  let f = x;
  let c = x;
  let d = 0;
  for (let i = 1; i < 5e3; i++) {
    const a = i / 2;
    d = x + a * d;
    d = d === 0 ? 1 / TINY : 1 / d;
    c = x + a / c;
    if (c === 0) c = TINY;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < EPS) break;
  }
  return Math.exp(-x * x) / Math.sqrt(Math.PI) / f;
}
function erfc(x) {
  if (Number.isNaN(x)) return NaN;
  if (x < 0) return 2 - erfc(-x);
  if (x === Infinity) return 0;
  return x < 2 ? 1 - erfSeries(x) : erfcContinuedFraction(x);
}
function normalSf(z2) {
  return 0.5 * erfc(z2 / Math.SQRT2);
}

// src/core/drift/stattests.ts
var NUMERIC_ONLY = (id) => ({ notApplicable: `${id} applies to numerical columns only` });
var TOO_MANY = { notApplicable: "too many distinct values to compare category frequencies" };
var ks = {
  id: "ks",
  name: "K-S p_value",
  kind: "p_value",
  defaultThreshold: 0.05,
  isDrift: (p, t) => p <= t,
  compute({ type, reference, current }) {
    if (type !== "num" || !reference.numeric || !current.numeric) return NUMERIC_ONLY("ks");
    const r = ksTwoSample(reference.numeric.sample, current.numeric.sample);
    return { score: r.pvalue, note: `D=${r.statistic}, ${r.method} p-value` };
  }
};
var wasserstein = {
  id: "wasserstein",
  name: "Wasserstein distance (normed)",
  kind: "distance",
  defaultThreshold: 0.1,
  isDrift: (d, t) => d >= t,
  compute({ type, reference, current }) {
    if (type !== "num" || !reference.numeric || !current.numeric) return NUMERIC_ONLY("wasserstein");
    const norm = Math.max(weightedMoments(reference.numeric.sample).std, 1e-3);
    return { score: wassersteinDistance(reference.numeric.sample, current.numeric.sample) / norm };
  }
};
var chisquare = {
  id: "chisquare",
  name: "chi-square p_value",
  kind: "p_value",
  defaultThreshold: 0.05,
  isDrift: (p, t) => p < t,
  compute({ type, reference, current }) {
    const counts = valueCounts(type, reference, current);
    if (!counts) return TOO_MANY;
    const k = counts.currentTotal / counts.referenceTotal;
    let stat = 0;
    for (let i = 0; i < counts.keys.length; i++) {
      const expected = counts.reference[i] * k;
      const observed = counts.current[i];
      stat += expected === 0 ? observed === 0 ? 0 : Infinity : (observed - expected) ** 2 / expected;
    }
    const df = counts.keys.length - 1;
    if (df < 1) return { score: 1, note: "a single category on both sides" };
    return { score: stat === Infinity ? 0 : chiSquaredSf(stat, df), note: `chi2=${stat}, df=${df}` };
  }
};
var z = {
  id: "z",
  name: "Z-test p_value",
  kind: "p_value",
  defaultThreshold: 0.05,
  isDrift: (p, t) => p < t,
  compute({ type, reference, current }) {
    const counts = valueCounts(type, reference, current);
    if (!counts) return TOO_MANY;
    const n1 = counts.referenceTotal;
    const n2 = counts.currentTotal;
    const present = (xs) => xs.filter((c) => c > 0).length;
    if (present(counts.reference) === 1 && present(counts.current) === 1 && counts.keys.length === 1) return { score: 1, note: "both samples hold the same single value" };
    const p1 = counts.reference[0] / n1;
    const p2 = counts.current[0] / n2;
    const P = (p1 * n1 + p2 * n2) / (n1 + n2);
    const zStat = (p1 - p2) / Math.sqrt(P * (1 - P) * (1 / n1 + 1 / n2));
    return { score: 2 * normalSf(Math.abs(zStat)), note: `z=${zStat}` };
  }
};
var jensenshannon = {
  id: "jensenshannon",
  name: "Jensen-Shannon distance",
  kind: "distance",
  defaultThreshold: 0.1,
  isDrift: (d, t) => d >= t,
  compute({ type, reference, current }) {
    const p = binnedProportions(type, reference, current, false);
    if (!p) return TOO_MANY;
    return { score: jensenShannonDistance(p.reference, p.current) };
  }
};
var psi = {
  id: "psi",
  name: "PSI",
  kind: "distance",
  defaultThreshold: 0.1,
  isDrift: (d, t) => d >= t,
  compute({ type, reference, current }) {
    const p = binnedProportions(type, reference, current, true);
    if (!p) return TOO_MANY;
    return { score: populationStabilityIndex(p.reference, p.current) };
  }
};
var STAT_TESTS = Object.freeze({ psi, ks, chisquare, z, jensenshannon, wasserstein });
function defaultStatTest(type, referenceCount, uniqueCount2) {
  if (referenceCount <= 1e3) {
    if (type === "num") return uniqueCount2 <= 2 ? "z" : uniqueCount2 <= 5 ? "chisquare" : "ks";
    return uniqueCount2 <= 2 ? "z" : "chisquare";
  }
  if (type === "num") return uniqueCount2 <= 5 ? "jensenshannon" : "wasserstein";
  return "jensenshannon";
}

// src/core/drift/drift-report.ts
var DEFAULT_DRIFT_OPTIONS = Object.freeze({ stattest: "auto", driftShare: 0.5, severity: "warning" });
function countOf(p, type) {
  return type === "num" ? p.numeric?.count ?? 0 : p.categories?.count ?? p.rows;
}
function columnDrift(reference, current, options = DEFAULT_DRIFT_OPTIONS) {
  const type = reference.type === "num" && current.type === "num" ? "num" : "cat";
  const override = options.columns?.[reference.column];
  const base = {
    column: reference.column,
    column_type: type,
    reference_count: countOf(reference, type),
    current_count: countOf(current, type),
    sampled: type === "num" && Boolean(reference.numeric?.sampled || current.numeric?.sampled)
  };
  const skip = (reason, n = null) => ({ ...base, stattest: null, stattest_name: null, threshold: null, drift_score: null, drift_detected: false, status: "skipped", reason, n_unique: n });
  if (base.reference_count === 0 || base.current_count === 0) return skip(`no non-missing values in the ${base.reference_count === 0 ? "reference" : "current"} data`);
  const unique = uniqueCount(type, reference, current);
  const requested = override?.stattest ?? options.stattest;
  if (unique === null && (requested === "auto" ? type === "cat" : requested !== "ks" && requested !== "wasserstein")) {
    return skip("more than 10,000 distinct categories: category frequencies are not compared");
  }
  const id = requested === "auto" ? defaultStatTest(type, base.reference_count, unique ?? Infinity) : requested;
  const test = STAT_TESTS[id];
  const threshold = override?.threshold ?? options.threshold ?? test.defaultThreshold;
  const outcome = test.compute({ type, reference, current });
  if ("notApplicable" in outcome) return skip(outcome.notApplicable, unique);
  return {
    ...base,
    stattest: id,
    stattest_name: test.name,
    threshold,
    drift_score: outcome.score,
    drift_detected: test.isDrift(outcome.score, threshold),
    status: "tested",
    n_unique: unique,
    ...outcome.note ? { details: outcome.note } : {}
  };
}
function computeDrift(reference, current, options = DEFAULT_DRIFT_OPTIONS) {
  const byName = new Map(current.map((p) => [p.column, p]));
  const columns = reference.map((r) => {
    const c = byName.get(r.column);
    if (!c) return { ...columnDrift(r, { ...r, rows: 0, numeric: null, categories: null }, options), status: "skipped", reason: "missing from the current data" };
    return columnDrift(r, c, options);
  });
  for (const c of current) if (!reference.some((r) => r.column === c.column)) columns.push({ ...columnDrift(c, c, options), stattest: null, stattest_name: null, threshold: null, drift_score: null, drift_detected: false, status: "skipped", reason: "missing from the reference data" });
  const tested = columns.filter((c) => c.status === "tested");
  const drifted = tested.filter((c) => c.drift_detected).length;
  const share = tested.length === 0 ? 0 : drifted / tested.length;
  return {
    dataset: {
      number_of_columns: tested.length,
      number_of_drifted_columns: drifted,
      share_of_drifted_columns: share,
      drift_share: options.driftShare,
      dataset_drift: tested.length > 0 && share >= options.driftShare
    },
    columns
  };
}
function driftCheckResults(result, severity) {
  const perColumn = result.columns.map((c) => ({
    id: "DRIFT",
    check: "column_drift",
    column: c.column,
    severity,
    status: c.status === "skipped" ? "skip" : c.drift_detected ? "fail" : "pass",
    observed: c.drift_score,
    expected: c.threshold === null ? null : `${STAT_TESTS[c.stattest].kind === "p_value" ? "p-value above" : "distance below"} ${c.threshold}`,
    message: c.status === "skipped" ? `Drift not tested: ${c.reason}.` : `${c.stattest_name} = ${formatScore(c.drift_score)} (threshold ${c.threshold}): ${c.drift_detected ? "drift detected" : "no drift"}.`,
    examples: []
  }));
  const d = result.dataset;
  perColumn.push({
    id: "DRIFT",
    check: "dataset_drift",
    severity,
    status: d.number_of_columns === 0 ? "skip" : d.dataset_drift ? "fail" : "pass",
    observed: d.share_of_drifted_columns,
    expected: `share of drifted columns below ${d.drift_share}`,
    message: `${d.number_of_drifted_columns} of ${d.number_of_columns} columns drifted (share ${formatScore(d.share_of_drifted_columns)}, dataset drift at >= ${d.drift_share}).`,
    examples: []
  });
  return perColumn;
}
function formatScore(x) {
  if (x === 0 || !Number.isFinite(x)) return String(x);
  return Math.abs(x) < 1e-4 ? x.toExponential(3) : String(Number(x.toPrecision(6)));
}

// src/core/drift/column-profile.ts
var MAX_CATEGORIES = 1e4;
var ColumnProfiler = class {
  constructor(column, maxDistinct = DEFAULT_MAX_DISTINCT, seed = 0) {
    this.column = column;
    this.numbers = new BoundedSample(maxDistinct, seed);
  }
  column;
  rows = 0;
  nulls = 0;
  nanTokens = 0;
  infinities = 0;
  nonNumericSeen = false;
  numbers;
  /** Created at the first non-numeric cell: a numeric column never pays for category counting. */
  categories = null;
  count(key) {
    const map = this.categories;
    if (!map) return;
    map.set(key, (map.get(key) ?? 0) + 1);
    if (map.size > MAX_CATEGORIES) this.categories = null;
  }
  /** The numbers seen so far as categories (null when the numeric sample was capped or has too many values). */
  categoriesFromNumbers() {
    const r = this.numbers.result();
    if (r.sampled || r.sample.values.length > MAX_CATEGORIES) return null;
    const map = /* @__PURE__ */ new Map();
    for (let i = 0; i < r.sample.values.length; i++) map.set(String(r.sample.values[i]), r.sample.counts[i]);
    return map;
  }
  /** Adds one batch's values of this column (kinds and numbers are shared by every consumer of the batch). */
  add(batch, column) {
    const kinds = cellKinds(batch, column);
    const numbers = batch.numbers(column);
    const length = batch.length;
    let cells = null;
    this.rows += length;
    for (let i = 0; i < length; i++) {
      const kind = kinds[i];
      if (kind === CELL_NULL) {
        this.nulls++;
        continue;
      }
      const v = numbers[i];
      if (kind === CELL_NUMBER) {
        if (Number.isFinite(v)) {
          if (this.nonNumericSeen) this.count(String(v));
          else this.numbers.add(v);
        } else if (Number.isNaN(v)) this.nanTokens++;
        else {
          this.infinities++;
          this.count(String(v));
        }
        continue;
      }
      if (!this.nonNumericSeen) {
        this.nonNumericSeen = true;
        this.categories = this.categoriesFromNumbers();
      }
      cells ??= batch.cells[column] ?? [];
      this.count(cells[i] ?? "");
    }
  }
  finish() {
    if (!this.nonNumericSeen) {
      const r = this.numbers.result();
      const categories = this.categoriesFromNumbers();
      return {
        column: this.column,
        rows: this.rows,
        type: "num",
        numeric: { count: r.count, missing: this.nulls + this.nanTokens + this.infinities, sample: r.sample, sampled: r.sampled, min: r.min, max: r.max },
        categories: categories ? { count: r.count, missing: this.nulls + this.nanTokens + this.infinities, counts: categories } : null
      };
    }
    return {
      column: this.column,
      rows: this.rows,
      type: "cat",
      numeric: null,
      categories: this.categories ? { count: this.rows - this.nulls - this.nanTokens, missing: this.nulls + this.nanTokens, counts: this.categories } : null
    };
  }
};

// src/core/drift/drift-profile-consumer.ts
function createDriftProfileConsumer(options = {}) {
  let profilers = null;
  return {
    consume(batch) {
      if (!profilers) {
        const wanted = options.columns ?? batch.header;
        profilers = wanted.map((name) => ({ index: batch.header.indexOf(name), name })).filter((c) => c.index >= 0).map(({ index, name }) => ({ index, profiler: new ColumnProfiler(name, options.maxDistinct ?? DEFAULT_MAX_DISTINCT, options.seed ?? 0) }));
      }
      for (const { index, profiler } of profilers) profiler.add(batch, index);
    },
    finish() {
      return (profilers ?? []).map((p) => p.profiler.finish());
    }
  };
}

export {
  valueCounts,
  jensenShannonDivergenceBase2,
  lInfinityDistance,
  normalizedAbsDifference,
  DEFAULT_DRIFT_OPTIONS,
  computeDrift,
  driftCheckResults,
  formatScore,
  createDriftProfileConsumer
};
