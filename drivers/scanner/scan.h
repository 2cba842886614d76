#pragma once

#include <chrono>
#include <string>

namespace ocop::drivers {

// Where a scan came from.
enum class ScanSource { KeyboardWedge, Serial, Camera, ImageFile };

// One code read by any scanner, as the terminal receives it. The text is
// exactly what the device delivered (it may start with an AIM symbology
// identifier such as "]C1" and contain ASCII 29 as FNC1); pos/ parses it.
struct Scan {
    std::string text;
    std::string symbology; // "EAN-13", "QRCode", "DataMatrix", "Code128", "ITF", ... or ""
    ScanSource source = ScanSource::KeyboardWedge;
    std::chrono::system_clock::time_point at;
};

const char* source_name(ScanSource source); // "keyboard", "serial", "camera", "image"

} // namespace ocop::drivers
