"""Training images/s of the emolab image CNN presets in PyTorch (same layers), batch 64, 2 threads.

Run with Debian's /usr/bin/python3 (python3-torch). Prints one JSON object.
"""
import json, sys, time
import torch
from torch import nn

PRESETS = {
    "cnn-small": dict(blocks=3, filters=16, convs=1, block_dropout=0.0, dropout=0.3, dense=64),
    "cnn-large": dict(blocks=4, filters=32, convs=2, block_dropout=0.2, dropout=0.4, dense=256),
    "cnn-soft16": dict(pool=3, blocks=3, filters=32, convs=2, block_dropout=0.0, dropout=0.4, dense=256),
    "cnn-soft16-wide": dict(pool=3, blocks=3, filters=48, convs=2, block_dropout=0.1, dropout=0.4, dense=384),
    # The 48x48 VGG-style twin of emolab's 'vgg48' preset (issue 14's second network).
    "vgg48": dict(blocks=3, filters=32, convs=2, block_dropout=0.0, dropout=0.4, dense=256),
}

def build(p):
    layers, channels, pool = [], 1, p.get("pool", 1)
    if pool > 1:
        layers.append(nn.AvgPool2d(pool))
    for block in range(p["blocks"]):
        out = p["filters"] * 2 ** block
        for _ in range(p["convs"]):
            layers += [nn.Conv2d(channels, out, 3, padding=1, bias=False), nn.BatchNorm2d(out, momentum=0.1), nn.ReLU()]
            channels = out
        layers.append(nn.MaxPool2d(2))
        if p["block_dropout"] > 0:
            layers.append(nn.Dropout(p["block_dropout"]))
    side = 48 // pool // 2 ** p["blocks"]
    layers += [nn.Flatten(), nn.Dropout(p["dropout"]), nn.Linear(channels * side * side, p["dense"]), nn.ReLU(), nn.Dropout(p["dropout"]), nn.Linear(p["dense"], 7)]
    return nn.Sequential(*layers)

# 48 timed steps (the median is reported): with 12, two runs an hour apart differed by up to 20%,
# more than the tfjs figures they are compared with.
def measure(preset, batch=64, steps=48, warmup=3):
    torch.manual_seed(0)
    model = build(PRESETS[preset])
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    loss_fn = nn.CrossEntropyLoss()
    x = torch.rand(batch, 1, 48, 48)
    y = torch.randint(0, 7, (batch,))
    times = []
    for step in range(warmup + steps):
        started = time.perf_counter()
        optimizer.zero_grad()
        loss_fn(model(x), y).backward()
        optimizer.step()
        if step >= warmup:
            times.append(time.perf_counter() - started)
    times.sort()
    return batch / times[len(times) // 2]

if __name__ == "__main__":
    torch.set_num_threads(int(sys.argv[2]) if len(sys.argv) > 2 else 2)
    presets = sys.argv[1].split(",") if len(sys.argv) > 1 else list(PRESETS)
    print(json.dumps({"torch": torch.__version__, "threads": torch.get_num_threads(), "imagesPerSecond": {p: measure(p) for p in presets}}))
