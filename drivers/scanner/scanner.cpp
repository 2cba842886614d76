#include "drivers/scanner/scanner.h"

namespace ocop::drivers {

const char* source_name(ScanSource source) {
    switch (source) {
    case ScanSource::KeyboardWedge:
        return "keyboard";
    case ScanSource::Serial:
        return "serial";
    case ScanSource::Camera:
        return "camera";
    case ScanSource::ImageFile:
        return "image";
    }
    return "unknown";
}

} // namespace ocop::drivers
