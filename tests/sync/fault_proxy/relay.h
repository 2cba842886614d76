#pragma once

// One client connection relayed to the target. Each exchange -- the client
// speaking after the server has answered, or for the first time -- gets its
// own decision from the plan, so a keep-alive connection carrying many HTTP
// requests meets as many faults as separate connections would.

#include "fault_plan.h"
#include "socket.h"

#include <atomic>

namespace ocop::fault_proxy {

// Returns when either side is done, a fault ended the connection, or
// `stopping` is set; both sockets are closed on return.
void relay(Socket client, Socket target, FaultPlan& plan, const std::atomic<bool>& stopping);

} // namespace ocop::fault_proxy
