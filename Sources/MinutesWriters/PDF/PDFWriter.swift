import MinutesModel

/// PDF/A-2b: the ODT writer's document exported by LibreOffice (the packager), made reproducible afterwards.
public struct PDFWriter: DocumentWriter {
    public static let format = OutputFormat(id: "pdf", fileExtension: "pdf", mediaType: "application/pdf", isText: false)

    /// Creates the writer.
    public init() {}

    public func write(_ minutes: Minutes, options: WriterOptions) throws -> [UInt8] {
        var fieldOptions = options
        fieldOptions.signatureFields = true
        let odt = try ODTWriter().write(minutes, options: fieldOptions)
        let pdf = try LibreOffice.shared.pdf(fromODT: odt)
        let moment = minutes.meta.start ?? options.now ?? PDFWriter.epoch
        let names = SignatureFieldNames.of(KindLayout(minutes).signatures)
        let signable = try PDFSignatureFields.convert(pdf, names: names)
        guard signable.fields.count == names.count else {
            throw WriterError.failed(format: "pdf", reason: "LibreOffice exported \(signable.fields.count) of the \(names.count) signature fields")
        }
        return try PDFNormalizer.normalize(signable.pdf, moment: moment, registration: Registration(minutes.meta))
    }

    /// The moment of minutes without a date, as zip packages get it: 1980-01-01, never the clock.
    static let epoch = LocalDateTime(date: LocalDate(year: 1980, month: 1, day: 1)!)
}
