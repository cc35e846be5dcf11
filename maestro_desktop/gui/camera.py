"""Camera fallback for reading a vial label when no scanner is present.

QtMultimedia is optional at run time: a workstation without a camera, or without the
multimedia system libraries, simply has no camera button. Frames are decoded with zxing-cpp,
which reads a QImage directly; the decoded text goes through the same path as a scan.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from ..domain.i18n import tr

log = logging.getLogger(__name__)
EVERY_NTH_FRAME = 5      # decoding every frame would load the GUI thread for nothing


def decode_image(image: QImage) -> str | None:
    """The raw text of the first barcode in `image`, AIM identifier first, or None.

    Plain text mode keeps the GS1 group separator as ASCII 29, exactly as a scanner sends it.
    """
    import zxingcpp

    if image.isNull():  # what QVideoFrame.toImage() gives for a frame it cannot convert
        return None
    # zxing-cpp refuses premultiplied formats, which is what QVideoFrame.toImage() returns
    # (RGBA8888_Premultiplied or ARGB32_Premultiplied); it reads luminance only anyway.
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    found = zxingcpp.read_barcode(gray, text_mode=zxingcpp.TextMode.Plain)
    if not found or not found.valid or not found.text:
        return None
    return (found.symbology_identifier or "") + found.text


def available_cameras() -> list:
    """The cameras Qt can open here; empty when QtMultimedia cannot load."""
    try:
        from PySide6.QtMultimedia import QMediaDevices
    except (ImportError, OSError) as exc:
        log.info("no camera support: %s", exc)
        return []
    return list(QMediaDevices.videoInputs())


class CameraDialog(QDialog):
    """Shows the camera and closes on the first decoded label."""

    scanned = Signal(str)

    def __init__(self, camera_device, parent: QWidget | None = None) -> None:  # noqa: ANN001
        from PySide6.QtMultimedia import QCamera, QMediaCaptureSession, QVideoSink

        super().__init__(parent)
        self.setWindowTitle(tr("camera", "Read the vial label with the camera"))
        layout = QVBoxLayout(self)
        self.preview = QLabel(tr("camera", "Hold the label in front of the camera."))
        self.preview.setWordWrap(True)
        self.preview.setMinimumSize(480, 360)
        layout.addWidget(self.preview)
        cancel = QPushButton(tr("camera", "Cancel"))
        cancel.clicked.connect(self.reject)
        layout.addWidget(cancel)
        self._frames = 0
        self.camera = QCamera(camera_device, self)
        self.sink = QVideoSink(self)
        self.session = QMediaCaptureSession(self)
        self.session.setCamera(self.camera)
        self.session.setVideoSink(self.sink)
        self.sink.videoFrameChanged.connect(self._frame)
        self.camera.start()

    def _frame(self, frame) -> None:  # noqa: ANN001 - QVideoFrame
        self._frames += 1
        if self._frames % EVERY_NTH_FRAME:
            return
        image = frame.toImage()
        text = decode_image(image)
        if text:
            self.camera.stop()
            self.scanned.emit(text)
            self.accept()

    def done(self, result: int) -> None:
        self.camera.stop()
        super().done(result)
