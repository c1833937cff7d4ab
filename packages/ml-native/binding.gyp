{
  "targets": [
    {
      "target_name": "emolab_dnnl",
      "sources": ["src/addon.cc", "src/conv.cc", "src/matmul.cc", "src/pool.cc", "src/batch-norm.cc", "src/eltwise.cc", "src/adam.cc"],
      "cflags_cc": ["-std=c++17", "-O3", "-fopenmp", "-fexceptions"],
      "cflags_cc!": ["-fno-exceptions", "-std=gnu++17"],
      "libraries": ["-ldnnl", "-fopenmp"],
      "defines": ["NAPI_VERSION=8"]
    }
  ]
}
