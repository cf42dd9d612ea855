import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Turns off Nagle's algorithm for every connection the server accepts.
///
/// FlyingFox writes a response's header and body separately; with Nagle the body then waits for the client's
/// delayed ACK, 40 ms per response on Linux. FlyingFox 0.27.1 neither sets TCP_NODELAY nor exposes its
/// socket, but accepted sockets inherit the option from the listening one, which is found here by its port.
enum ListeningSocket {
    static func sendWithoutDelay(port: UInt16) {
        #if os(Linux)
        let descriptors = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
        for fd in descriptors.compactMap(Int32.init) where isListening(fd, on: port) {
            var on: Int32 = 1
            setsockopt(fd, Int32(IPPROTO_TCP), TCP_NODELAY, &on, socklen_t(MemoryLayout<Int32>.size))
        }
        #endif
    }

    private static func isListening(_ fd: Int32, on port: UInt16) -> Bool {
        var accepting: Int32 = 0
        var length = socklen_t(MemoryLayout<Int32>.size)
        guard getsockopt(fd, SOL_SOCKET, SO_ACCEPTCONN, &accepting, &length) == 0, accepting == 1 else { return false }
        var address = sockaddr_storage()
        var addressLength = socklen_t(MemoryLayout<sockaddr_storage>.size)
        let named = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &addressLength) }
        }
        guard named == 0 else { return false }
        let family = Int32(address.ss_family)
        return withUnsafePointer(to: address) { pointer in
            switch family {
            case AF_INET: pointer.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { UInt16(bigEndian: $0.pointee.sin_port) == port }
            case AF_INET6: pointer.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { UInt16(bigEndian: $0.pointee.sin6_port) == port }
            default: false
            }
        }
    }
}
