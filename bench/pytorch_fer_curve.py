"""Diagnostic: the same cnn-small trained in PyTorch on the cached FER2013 arrays (run bench with EMOLAB_DATASETS_DIR first).

Usage: /usr/bin/python3 bench/pytorch_fer_curve.py EPOCHS. Prints train and test accuracy per epoch.
"""
import numpy as np, torch, sys, time
sys.path.insert(0, __import__('os').path.dirname(__file__))
from pytorch_yardstick import build, PRESETS
torch.set_num_threads(2); torch.manual_seed(0)
def load(split):
    b = open(__import__('os').path.join(__import__('tempfile').gettempdir(), 'emolab-bench', f'fer-{split}.bin'),'rb').read(); n = int.from_bytes(b[:4],'little')
    y = np.frombuffer(b, np.uint8, n, 4).astype(np.int64); x = np.frombuffer(b, np.uint8, n*2304, 4+n).astype(np.float32).reshape(n,1,48,48)/255
    return torch.from_numpy(x), torch.from_numpy(y)
xt, yt = load('train'); xs, ys = load('test')
model = build(PRESETS['cnn-small']); opt = torch.optim.Adam(model.parameters(), lr=1e-3); lf = torch.nn.CrossEntropyLoss(label_smoothing=0.1)
for epoch in range(int(sys.argv[1])):
    model.train(); perm = torch.randperm(len(yt)); correct = 0; t = time.time()
    for i in range(0, len(yt), 64):
        idx = perm[i:i+64]; opt.zero_grad(); out = model(xt[idx]); loss = lf(out, yt[idx]); loss.backward(); opt.step(); correct += (out.argmax(1) == yt[idx]).sum().item()
    model.eval()
    with torch.no_grad(): acc = (model(xs).argmax(1) == ys).float().mean().item()
    print(epoch+1, 'train', round(correct/len(yt),3), 'test', round(acc,3), round(time.time()-t,1),'s', flush=True)
