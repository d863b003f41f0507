import Foundation
import MinutesModel
import Protokoll

/// Scores the pipeline's reading of a corpus against its answer keys (`<corpus>/answers/<stem>.json`).
public enum Evaluation {
    /// Errors that stop an evaluation: a key that cannot be read, or a key whose source is missing.
    public struct KeyError: Error, CustomStringConvertible {
        /// What went wrong, naming the file.
        public var description: String
    }

    /// Parses every keyed source in `folder` and scores it; the corpus is named after the folder.
    public static func run(corpus folder: URL, pipeline: Pipeline = Pipeline()) throws -> CorpusScore {
        let answers = folder.appendingPathComponent("answers")
        // A corpus without an answers folder has no keyed files yet: nothing to score.
        let keyNames = ((try? FileManager.default.contentsOfDirectory(atPath: answers.path)) ?? []).filter { $0.hasSuffix(".json") }.sorted()
        var files: [FileScore] = []
        for keyName in keyNames {
            let keyURL = answers.appendingPathComponent(keyName)
            let key: AnswerKey
            do {
                key = try JSONDecoder().decode(AnswerKey.self, from: Data(contentsOf: keyURL))
            } catch {
                throw KeyError(description: "\(keyURL.path): cannot read the answer key: \(error)")
            }
            let source = folder.appendingPathComponent(key.file)
            guard let bytes = FileManager.default.contents(atPath: source.path) else {
                throw KeyError(description: "\(keyURL.path): its source \(key.file) is not in \(folder.path)")
            }
            let minutes = pipeline.parse(Array(bytes), sourceName: key.file)
            var scorer = Scorer(key: key, minutes: minutes)
            files.append(scorer.score())
        }
        return CorpusScore(name: folder.lastPathComponent, files: files)
    }
}
