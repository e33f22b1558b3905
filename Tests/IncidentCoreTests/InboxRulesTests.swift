import Foundation
import Testing
@testable import IncidentCore

/// Which inbox names are ingested, and when a file counts as complete.
@Suite struct InboxRulesTests {
    @Test func articleNamesAreIngested() {
        for name in ["report.txt", "wire.MD", "feed.json", "batch.ndjson", "no-ext.tar.txt"] {
            #expect(InboxNames.verdict(for: name) == .article, "\(name)")
        }
    }

    @Test func dotFilesPartialAndTemporaryFilesAreIgnored() {
        #expect(InboxNames.verdict(for: ".report.txt") == .hidden)
        #expect(InboxNames.verdict(for: ".report.txt.swp") == .hidden)
        #expect(InboxNames.verdict(for: "report.txt.part") == .inProgress)
        #expect(InboxNames.verdict(for: "report.txt.PART") == .inProgress)
        #expect(InboxNames.verdict(for: "report.tmp") == .inProgress)
        #expect(InboxNames.verdict(for: "photo.jpg") == .notAnArticle)
        #expect(InboxNames.verdict(for: "README") == .notAnArticle)
    }

    let first = FileSignature(size: 100, mtimeNanos: 1_000, inode: 7)
    let grown = FileSignature(size: 250, mtimeNanos: 2_000, inode: 7)

    @Test func aFileIsCompleteOnlyWhenUnchangedAcrossTwoChecksASettleApart() {
        var tracker = CompletenessTracker(settle: 1)
        tracker.observe("/in/a.txt", signature: first, now: 10)
        #expect(tracker.takeComplete().isEmpty)
        tracker.observe("/in/a.txt", signature: first, now: 10.5)
        #expect(tracker.takeComplete().isEmpty, "half a second is not long enough")
        tracker.observe("/in/a.txt", signature: grown, now: 11)
        #expect(tracker.takeComplete().isEmpty, "it grew: the clock starts again")
        tracker.observe("/in/a.txt", signature: grown, now: 11.9)
        #expect(tracker.takeComplete().isEmpty)
        tracker.observe("/in/a.txt", signature: grown, now: 12)
        #expect(tracker.takeComplete() == ["/in/a.txt"])
        #expect(tracker.isEmpty, "a complete file leaves the tracker")
    }

    @Test func aFileStillOpenForWritingIsNotCompleteHoweverLongItPauses() {
        var tracker = CompletenessTracker(settle: 1)
        tracker.noteWriting("/in/slow.txt", now: 0)
        for second in 0...30 {
            tracker.observe("/in/slow.txt", signature: first, now: TimeInterval(second))
        }
        #expect(tracker.takeComplete().isEmpty, "the writer has not closed it")
        tracker.noteClosed("/in/slow.txt", signature: grown, now: 31)
        #expect(tracker.takeComplete().isEmpty, "closed, but not yet seen unchanged a second later")
        tracker.observe("/in/slow.txt", signature: grown, now: 32)
        #expect(tracker.takeComplete() == ["/in/slow.txt"])
    }

    @Test func aWriteAfterCloseMakesItIncompleteAgain() {
        var tracker = CompletenessTracker(settle: 1)
        tracker.noteClosed("/in/a.txt", signature: first, now: 0)
        tracker.noteWriting("/in/a.txt", now: 0.5)
        tracker.observe("/in/a.txt", signature: grown, now: 5)
        #expect(tracker.takeComplete().isEmpty)
    }

    @Test func aFileRenamedIntoPlaceIsCompleteAtOnce() {
        var tracker = CompletenessTracker(settle: 1)
        tracker.noteMovedIn("/in/b.txt", signature: first, now: 3)
        #expect(tracker.takeComplete() == ["/in/b.txt"])
    }

    @Test func aFileThatVanishesIsDropped() {
        var tracker = CompletenessTracker(settle: 1)
        tracker.observe("/in/a.txt", signature: first, now: 0)
        tracker.observe("/in/a.txt", signature: nil, now: 2)
        #expect(tracker.takeComplete().isEmpty)
        #expect(tracker.isEmpty)
    }

    @Test func inotifyRecordsAreDecoded() {
        func record(_ mask: Int32, _ name: String) -> [UInt8] {
            var bytes: [UInt8] = []
            func word(_ value: UInt32) { withUnsafeBytes(of: value.littleEndian) { bytes += $0 } }
            let padded = (name.utf8.count + 1 + 15) / 16 * 16
            word(1); word(UInt32(mask)); word(0); word(UInt32(name.isEmpty ? 0 : padded))
            if !name.isEmpty { bytes += Array(name.utf8) + [UInt8](repeating: 0, count: padded - name.utf8.count) }
            return bytes
        }
        let bytes = record(IN_CREATE, "a.txt") + record(IN_CLOSE_WRITE, "a.txt") + record(IN_MOVED_TO, "b.txt")
            + record(IN_DELETE, "c.txt") + record(IN_Q_OVERFLOW, "") + record(IN_DELETE_SELF, "")
        #expect(InotifyWatch.parse(bytes, count: bytes.count) == [
            .writing("a.txt"), .closed("a.txt"), .movedIn("b.txt"), .removed("c.txt"), .overflow, .directoryGone,
        ])
    }
}
