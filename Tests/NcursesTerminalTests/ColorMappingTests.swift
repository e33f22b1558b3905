import NcursesTerminal
import Testing
import TUI

@Suite struct ColorMappingTests {
    @Test func defaultIsMinusOne() {
        #expect(ColorMapping.colorNumber(for: .default, colorCount: 256) == -1)
        #expect(ColorMapping.colorNumber(for: .default, colorCount: 8) == -1)
    }

    @Test func noColoursMeansDefault() {
        #expect(ColorMapping.colorNumber(for: .index(208), colorCount: 0) == -1)
        #expect(ColorMapping.colorNumber(for: .rgb(255, 0, 0), colorCount: 2) == -1)
    }

    @Test func indexesPassThroughOn256() {
        #expect(ColorMapping.colorNumber(for: .index(208), colorCount: 256) == 208)
        #expect(ColorMapping.colorNumber(for: .index(3), colorCount: 8) == 3)
    }

    @Test func highIndexesBecomeNearestBasicColour() {
        #expect(ColorMapping.colorNumber(for: .index(196), colorCount: 8) == 1)   // bright red → red
        #expect(ColorMapping.colorNumber(for: .index(196), colorCount: 16) == 9)  // → bright red
        #expect(ColorMapping.colorNumber(for: .index(9), colorCount: 8) == 1)
        #expect(ColorMapping.colorNumber(for: .index(21), colorCount: 8) == 4)    // blue
        #expect(ColorMapping.colorNumber(for: .index(51), colorCount: 8) == 6)    // cyan
        #expect(ColorMapping.colorNumber(for: .index(232), colorCount: 8) == 0)   // near-black grey
        #expect(ColorMapping.colorNumber(for: .index(255), colorCount: 8) == 7)   // near-white grey
    }

    @Test func rgbToNearest256() {
        #expect(ColorMapping.colorNumber(for: .rgb(255, 0, 0), colorCount: 256) == 196)
        #expect(ColorMapping.colorNumber(for: .rgb(0, 0, 0), colorCount: 256) == 16)
        #expect(ColorMapping.colorNumber(for: .rgb(255, 255, 255), colorCount: 256) == 231)
        #expect(ColorMapping.colorNumber(for: .rgb(128, 128, 128), colorCount: 256) == 244)  // grey ramp
        #expect(ColorMapping.colorNumber(for: .rgb(255, 135, 0), colorCount: 256) == 208)
        #expect(ColorMapping.colorNumber(for: .rgb(0, 215, 255), colorCount: 256) == 45)
        #expect(ColorMapping.colorNumber(for: .rgb(18, 18, 18), colorCount: 256) == 233)
    }

    @Test func everyPaletteEntryMapsToItself() {
        for index in UInt8(16)...255 {
            let rgb = ColorMapping.rgb(ofPaletteIndex: index)
            let nearest = ColorMapping.nearestPaletteIndex(rgb)
            #expect(ColorMapping.rgb(ofPaletteIndex: nearest) == rgb, "\(index)")
        }
    }

    @Test func rgbOnBasicTerminals() {
        #expect(ColorMapping.colorNumber(for: .rgb(200, 20, 20), colorCount: 8) == 1)
        #expect(ColorMapping.colorNumber(for: .rgb(250, 250, 80), colorCount: 16) == 11)
        #expect(ColorMapping.colorNumber(for: .rgb(20, 20, 30), colorCount: 16) == 0)
    }

    @Test func directColourPacksRGB() {
        let direct = 1 << 24
        #expect(ColorMapping.colorNumber(for: .rgb(0x12, 0x34, 0x56), colorCount: direct) == 0x123456)
        #expect(ColorMapping.colorNumber(for: .index(3), colorCount: direct) == 3)
        #expect(ColorMapping.colorNumber(for: .index(208), colorCount: direct) == 0xFF8700)
    }
}
