"""scikit-learn side of bench/metrics.bench.ts: the same metrics on the same arrays, timed.

Usage: python3 metrics_sklearn.py DIR N G1 G2  (DIR holds labels.u8, scores.f64, preds.u8, g1.i32, g2.i32)
Prints one JSON object: seconds (wall time of the metric computations only) and every value.
"""
import json, sys, time
import numpy as np
from sklearn import metrics as M
from sklearn.calibration import calibration_curve

d, n = sys.argv[1], int(sys.argv[2])
y = np.fromfile(f"{d}/labels.u8", dtype=np.uint8).astype(np.int64)
p = np.fromfile(f"{d}/scores.f64", dtype=np.float64)
yhat = np.fromfile(f"{d}/preds.u8", dtype=np.uint8).astype(np.int64)
groups = {"g1": np.fromfile(f"{d}/g1.i32", dtype=np.int32), "g2": np.fromfile(f"{d}/g2.i32", dtype=np.int32)}
EPS = np.finfo(np.float64).eps


def ece(yy, pp, n_bins=5):
    bins = np.linspace(0.0, 1.0, n_bins + 1)
    ids = np.searchsorted(bins[1:-1], pp)
    count = np.bincount(ids, minlength=n_bins)
    st = np.bincount(ids, weights=yy, minlength=n_bins)
    sp = np.bincount(ids, weights=pp, minlength=n_bins)
    nz = count > 0
    return float(np.sum(count[nz] / len(yy) * np.abs(st[nz] / count[nz] - sp[nz] / count[nz])))


def scalar_metrics(yy, pp, hh):
    kw = {"eps": EPS} if "eps" in M.log_loss.__code__.co_varnames else {}
    return {
        "roc_auc": M.roc_auc_score(yy, pp),
        "average_precision": M.average_precision_score(yy, pp),
        "log_loss": M.log_loss(yy, pp, labels=[0, 1], **kw),
        "brier_score": M.brier_score_loss(yy, pp),
        "accuracy": M.accuracy_score(yy, hh),
        "balanced_accuracy": M.balanced_accuracy_score(yy, hh),
        "precision": M.precision_score(yy, hh, zero_division=0),
        "recall": M.recall_score(yy, hh, zero_division=0),
        "f1": M.f1_score(yy, hh, zero_division=0),
        "mcc": M.matthews_corrcoef(yy, hh),
        "ece": ece(yy, pp),
        "confusion_matrix": M.confusion_matrix(yy, hh, labels=[0, 1]).ravel().tolist(),
    }


t0 = time.perf_counter()
c0 = time.process_time()
overall = scalar_metrics(y, p, yhat)
M.roc_curve(y, p)
M.precision_recall_curve(y, p)
calibration_curve(y, p, n_bins=5)
by_group = {}
for name, codes in groups.items():
    by_group[name] = {}
    for v in np.unique(codes):
        m = codes == v
        by_group[name][int(v)] = scalar_metrics(y[m], p[m], yhat[m])
seconds = time.perf_counter() - t0
cpu_seconds = time.process_time() - c0
print(json.dumps({"seconds": seconds, "cpu_seconds": cpu_seconds, "overall": {k: v for k, v in overall.items()}, "by_group": by_group}, default=float))
