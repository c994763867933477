import CZlib
import Foundation

/// An 8-bit RGB or RGBA PNG decoded to pixels, enough to check a Chromium screenshot: size,
/// how much of it is not background, and whether given colours occur.
struct PNGImage {
    struct DecodingError: Error, CustomStringConvertible {
        let description: String
    }

    let width: Int
    let height: Int
    /// Bytes per pixel: 3 (RGB) or 4 (RGBA).
    let channels: Int
    /// Unfiltered rows, `width * channels` bytes each.
    let pixels: [UInt8]

    init(contentsOf url: URL) throws {
        let bytes = [UInt8](try Data(contentsOf: url))
        guard bytes.count > 8, bytes[0..<8] == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] else {
            throw DecodingError(description: "not a PNG file")
        }
        func integer(_ at: Int) -> Int { bytes[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
        var offset = 8
        var header: (width: Int, height: Int, depth: UInt8, colour: UInt8)?
        var compressed: [UInt8] = []
        while offset + 8 <= bytes.count {
            let length = integer(offset)
            let type = String(decoding: bytes[offset + 4..<offset + 8], as: UTF8.self)
            let body = offset + 8
            guard body + length <= bytes.count else { throw DecodingError(description: "chunk \(type) cut short") }
            switch type {
            case "IHDR": header = (integer(body), integer(body + 4), bytes[body + 8], bytes[body + 9])
            case "IDAT": compressed += bytes[body..<body + length]
            default: break
            }
            offset = body + length + 4  // data and CRC
        }
        guard let header, header.depth == 8, header.colour == 2 || header.colour == 6 else {
            throw DecodingError(description: "only 8-bit RGB or RGBA PNG files are decoded")
        }
        width = header.width
        height = header.height
        channels = header.colour == 6 ? 4 : 3
        let stride = width * channels
        var raw = [UInt8](repeating: 0, count: height * (stride + 1))
        var rawLength = uLongf(raw.count)
        let status = raw.withUnsafeMutableBufferPointer { out in
            compressed.withUnsafeBufferPointer { input in
                uncompress(out.baseAddress, &rawLength, input.baseAddress, uLong(input.count))
            }
        }
        guard status == Z_OK, Int(rawLength) == raw.count else {
            throw DecodingError(description: "zlib could not inflate the image data (status \(status))")
        }
        pixels = try Self.unfilter(raw, height: height, stride: stride, channels: channels)
    }

    /// PNG's five row filters undone (PNG specification, section 9).
    private static func unfilter(_ raw: [UInt8], height: Int, stride: Int, channels: Int) throws -> [UInt8] {
        var out = [UInt8](repeating: 0, count: height * stride)
        for row in 0..<height {
            let filter = raw[row * (stride + 1)]
            let source = row * (stride + 1) + 1
            let target = row * stride
            for column in 0..<stride {
                let value = raw[source + column]
                let left = column >= channels ? Int(out[target + column - channels]) : 0
                let up = row > 0 ? Int(out[target - stride + column]) : 0
                let upLeft = row > 0 && column >= channels ? Int(out[target - stride + column - channels]) : 0
                let predictor: Int
                switch filter {
                case 0: predictor = 0
                case 1: predictor = left
                case 2: predictor = up
                case 3: predictor = (left + up) / 2
                case 4:
                    let estimate = left + up - upLeft
                    let (a, b, c) = (abs(estimate - left), abs(estimate - up), abs(estimate - upLeft))
                    predictor = a <= b && a <= c ? left : b <= c ? up : upLeft
                default: throw DecodingError(description: "unknown row filter \(filter)")
                }
                out[target + column] = UInt8(truncatingIfNeeded: Int(value) + predictor)
            }
        }
        return out
    }

    /// How many pixels have exactly this colour (`0xRRGGBB`).
    func count(of colour: UInt32) -> Int {
        let (red, green, blue) = (UInt8(colour >> 16 & 0xFF), UInt8(colour >> 8 & 0xFF), UInt8(colour & 0xFF))
        var count = 0
        for start in Swift.stride(from: 0, to: pixels.count, by: channels)
        where pixels[start] == red && pixels[start + 1] == green && pixels[start + 2] == blue {
            count += 1
        }
        return count
    }

    /// The share of pixels that are not white.
    var inkedShare: Double {
        var inked = 0
        for start in Swift.stride(from: 0, to: pixels.count, by: channels)
        where pixels[start] < 250 || pixels[start + 1] < 250 || pixels[start + 2] < 250 {
            inked += 1
        }
        return Double(inked) / Double(width * height)
    }
}
