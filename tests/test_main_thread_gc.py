"""The cycle collector runs on the main thread only, once the window is up (gui.main_thread_gc).

On an engine thread, a collected cycle holding a Qt object deadlocked CI: its destructor held
a Qt lock and waited for the interpreter's, which the main thread held waiting for that lock.
"""

from __future__ import annotations

import gc
import threading

from PySide6.QtWidgets import QApplication

from desktop_app.gui.main_thread_gc import MainThreadCollector, collect_due


def _making_garbage() -> None:
    for _ in range(20_000):
        cycle: list[object] = []
        cycle.append(cycle)


def test_with_the_collector_no_other_thread_collects(qtbot) -> None:
    threads: list[str] = []

    def seen(phase: str, _info: dict) -> None:
        if phase == "start":
            threads.append(threading.current_thread().name)

    gc.callbacks.append(seen)
    collector: MainThreadCollector | None = None
    try:
        gc.enable()  # as the interpreter runs it: the worker collects
        worker = threading.Thread(target=_making_garbage, name="worker")
        worker.start()
        worker.join()
        assert "worker" in threads  # the case in point
        threads.clear()
        collector = MainThreadCollector(QApplication.instance())
        assert not gc.isenabled()
        worker = threading.Thread(target=_making_garbage, name="worker")
        worker.start()
        worker.join()
        assert threads == []
        qtbot.waitUntil(lambda: "MainThread" in threads, timeout=5_000)
        assert set(threads) == {"MainThread"}
    finally:
        gc.callbacks.remove(seen)
        if collector is not None:
            collector.timer.stop()
            collector.deleteLater()


def test_collect_due_collects_the_generation_past_its_threshold() -> None:
    old = gc.get_threshold()
    gc.disable()
    try:
        gc.set_threshold(100, 10, 10)
        gc.collect()
        _making_garbage()
        assert gc.get_count()[0] > 100
        collect_due()
        assert gc.get_count()[0] < 100
    finally:
        gc.set_threshold(*old)
