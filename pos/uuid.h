#pragma once

#include <string>

namespace ocop::pos {

// A random (version 4) UUID in its 36-character text form: the identity of a
// sale or a shift wherever it travels.
std::string new_uuid();

} // namespace ocop::pos
