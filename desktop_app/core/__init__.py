"""The Qt-free core: scenario model, files, engine, analyses and advice."""
