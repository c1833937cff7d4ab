"""Diagnostic: how far the blurred FER2013 train split limits accuracy, independent of tfjs.

Trains the fer-fast network (cnn-soft16, same layers as pytorch_yardstick.py) in PyTorch on the
cached FER2013 arrays with 2,000 train images held out, flips only, for EPOCHS epochs, and prints per
epoch the accuracy on: the held-out train images (same blur as training), the test split as it is,
and the test split blurred with Gaussian sigma 2.5 / 3 / 3.5 px (what matchTrainingBlur does).
If held-out train accuracy and blurred-test accuracy agree, the test-time matching recovers what
the data allows and the ceiling is the training data itself.

Usage (after a bench run with EMOLAB_DATASETS_DIR set filled the cache):
  /usr/bin/python3 bench/pytorch_blur_check.py [EPOCHS=10]
"""
import os, sys, tempfile, time
import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

sys.path.insert(0, os.path.dirname(__file__))
from pytorch_yardstick import PRESETS, build

torch.set_num_threads(2)


def load(split):
    with open(os.path.join(tempfile.gettempdir(), "emolab-bench", f"fer-{split}.bin"), "rb") as f:
        b = f.read()
    n = int.from_bytes(b[:4], "little")
    y = np.frombuffer(b, np.uint8, n, 4).astype(np.int64)
    x = np.frombuffer(b, np.uint8, n * 2304, 4 + n).astype(np.float32).reshape(n, 1, 48, 48) / 255
    return torch.from_numpy(x), torch.from_numpy(y)


def gaussian_blur(x, sigma):
    # Separable, edge-repeating: the same filter as packages/ml's gaussianBlur.
    r = int(3 * sigma + 0.5)
    k = torch.exp(-torch.arange(-r, r + 1).float() ** 2 / (2 * sigma**2))
    k /= k.sum()
    x = F.pad(x, (r, r, r, r), mode="replicate")
    return F.conv2d(F.conv2d(x, k.view(1, 1, 1, -1)), k.view(1, 1, -1, 1))


def main(epochs):
    xt, yt = load("train")
    xs, ys = load("test")
    order = torch.randperm(len(yt), generator=torch.Generator().manual_seed(1))
    held, train = order[:2000], order[2000:]
    mean, std = xt.mean(), xt.std()
    norm = lambda x: (x - mean) / std
    tests = {"test as is": norm(xs), **{f"test blurred {s}": norm(gaussian_blur(xs, s)) for s in (2.5, 3.0, 3.5)}}
    torch.manual_seed(0)
    model = build(PRESETS["cnn-soft16"])
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    steps = epochs * ((len(train) + 63) // 64)
    schedule = torch.optim.lr_scheduler.OneCycleLR(optimizer, 3e-3, total_steps=steps)
    loss_fn = nn.CrossEntropyLoss(label_smoothing=0.1)
    started = time.time()
    for epoch in range(epochs):
        model.train()
        perm = train[torch.randperm(len(train))]
        for i in range(0, len(perm), 64):
            idx = perm[i : i + 64]
            xb = norm(xt[idx])
            flip = torch.rand(len(idx)) < 0.5
            xb = torch.where(flip.view(-1, 1, 1, 1), xb.flip(-1), xb)
            optimizer.zero_grad()
            loss_fn(model(xb), yt[idx]).backward()
            optimizer.step()
            schedule.step()
        model.eval()
        with torch.no_grad():
            acc = lambda x, y: round((model(x).argmax(1) == y).float().mean().item(), 4)
            row = {"held-out train": acc(norm(xt[held]), yt[held]), **{k: acc(v, ys) for k, v in tests.items()}}
        print(f"epoch {epoch + 1} {row} {time.time() - started:.0f} s", flush=True)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10)
