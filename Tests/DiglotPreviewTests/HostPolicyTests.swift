@testable import DiglotPreview
import Testing

struct HostPolicyTests {
    let loopback = HostPolicy(address: ListenAddress("127.0.0.1")!, port: 8000)

    @Test func acceptsTheNamesOfLoopbackWithItsPort() {
        for host in ["127.0.0.1:8000", "localhost:8000", "LOCALHOST:8000", "[::1]:8000"] {
            #expect(loopback.allowsHost(host), "\(host)")
        }
    }

    @Test func refusesOtherNamesOtherPortsAndNoHost() {
        for host in ["evil.example:8000", "evil.example", "127.0.0.1", "127.0.0.1:8001", "127.0.0.1:+8000", "localhost:8000.evil",
                     "127.0.0.1.nip.io:8000", "10.0.0.1:8000", ":8000", "", "[::1]", "localhost:80000"] {
            #expect(!loopback.allowsHost(host), "\(host)")
        }
        #expect(!loopback.allowsHost(nil))
    }

    @Test func aWildcardAddressAcceptsIPLiteralsButNoOtherNames() {
        let everywhere = HostPolicy(address: ListenAddress("0.0.0.0")!, port: 8000)
        #expect(everywhere.allowsHost("192.168.1.20:8000"))
        #expect(everywhere.allowsHost("localhost:8000"))
        #expect(!everywhere.allowsHost("rebound.example:8000"))
    }

    @Test func theEventStreamAnswersItsOwnOriginOnly() {
        let host = "127.0.0.1:8000"
        #expect(loopback.allowsEventSource(origin: "http://127.0.0.1:8000", fetchSite: "same-origin", host: host))
        #expect(loopback.allowsEventSource(origin: nil, fetchSite: "same-origin", host: host))
        #expect(loopback.allowsEventSource(origin: nil, fetchSite: nil, host: host))
        #expect(!loopback.allowsEventSource(origin: "http://evil.example", fetchSite: nil, host: host))
        #expect(!loopback.allowsEventSource(origin: "null", fetchSite: nil, host: host))
        #expect(!loopback.allowsEventSource(origin: "http://localhost:8000", fetchSite: nil, host: host))
        #expect(!loopback.allowsEventSource(origin: "https://127.0.0.1:8000", fetchSite: nil, host: host))
        #expect(!loopback.allowsEventSource(origin: nil, fetchSite: "cross-site", host: host))
        #expect(!loopback.allowsEventSource(origin: nil, fetchSite: "same-site", host: host))
    }

    @Test func listenAddressesAreIPLiteralsOrLocalhost() {
        #expect(ListenAddress("localhost")?.ip == "127.0.0.1")
        #expect(ListenAddress("::1")?.isLoopback == true)
        #expect(ListenAddress("[::1]")?.urlHost == "[::1]")
        #expect(ListenAddress("0.0.0.0")?.isLoopback == false)
        #expect(ListenAddress("example.org") == nil)
        #expect(ListenAddress("127.1") == nil)
    }
}
