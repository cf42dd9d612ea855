import Foundation

/// Reads the citation exports with the parsers reference managers and scripts use (PyPI's jsonschema,
/// bibtexparser 2 and rispy), so the tests check what another program makes of the files, not what the
/// writers meant to write.
enum OutsideParsers {
    /// What a parser read: its complaints, and each record as field → values (one value for most fields, several
    /// for RIS's repeated tags and BibLaTeX's name lists).
    struct Report: Decodable {
        var errors: [String]
        var records: [[String: [String]]]

        func record(_ id: String, key: String = "id") -> [String: [String]]? {
            records.first { $0[key] == [id] }
        }
    }

    static let cslSchema = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/csl/csl-data.json").path

    /// CSL-JSON validated against the CSL data schema (Draft 7); non-string values come back as compact JSON.
    static func csl(_ text: String) throws -> Report { try run("csl", text, extra: [cslSchema]) }
    /// BibLaTeX: each field raw (`url`), LaTeX-decoded (`decoded:title`), and names split into parts
    /// (`author:family`, `author:given`).
    static func bib(_ text: String) throws -> Report { try run("bib", text) }
    /// RIS, with rispy's field names (`type_of_reference`, `authors`, `start_page` …).
    static func ris(_ text: String) throws -> Report { try run("ris", text) }

    private static let script = #"""
        import json, sys
        mode, path = sys.argv[1], sys.argv[2]
        text = open(path, encoding="utf-8").read()

        def strings(value):
            if isinstance(value, str):
                return [value]
            if isinstance(value, list) and all(isinstance(v, str) for v in value):
                return value
            return [json.dumps(value, ensure_ascii=False, separators=(",", ":"))]

        errors, records = [], []
        if mode == "csl":
            import jsonschema
            schema = json.load(open(sys.argv[3], encoding="utf-8"))
            data = json.loads(text)
            validator = jsonschema.Draft7Validator(schema)
            errors = ["%s: %s" % (list(e.path), e.message) for e in validator.iter_errors(data)]
            records = [{k: strings(v) for k, v in item.items()} for item in data]
        elif mode == "bib":
            import bibtexparser
            from bibtexparser import middlewares as m
            raw = bibtexparser.parse_string(text)
            decoded = bibtexparser.parse_string(text, append_middleware=[m.LatexDecodingMiddleware()])
            named = bibtexparser.parse_string(text, append_middleware=[m.SeparateCoAuthors(), m.SplitNameParts()])
            errors = ["failed: %s" % b.raw[:120] for b in raw.failed_blocks]
            errors += ["not an entry: %s" % type(b).__name__ for b in raw.blocks if not isinstance(b, bibtexparser.model.Entry)]
            for entry, plain, names in zip(raw.entries, decoded.entries, named.entries):
                record = {"key": [entry.key], "type": [entry.entry_type]}
                record.update({f.key: [f.value] for f in entry.fields})
                record.update({"decoded:" + f.key: [f.value] for f in plain.fields})
                if "author" in names.fields_dict:
                    people = names.fields_dict["author"].value
                    record["author:family"] = [" ".join(p.last) for p in people]
                    record["author:given"] = [" ".join(p.first + p.von) for p in people]
                records.append(record)
        elif mode == "ris":
            import rispy
            for entry in rispy.loads(text):
                if entry.get("unknown_tag"):
                    errors.append("unknown tags: %s" % dict(entry["unknown_tag"]))
                records.append({k: strings(v) for k, v in entry.items() if k != "unknown_tag"})
        print(json.dumps({"errors": errors, "records": records}, ensure_ascii=False))
        """#

    private static func run(_ mode: String, _ text: String, extra: [String] = []) throws -> Report {
        let file = NSTemporaryDirectory() + "citation-export-\(UUID().uuidString).\(mode)"
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: file) }
        let process = Process()
        // Through PATH: the packages live in whichever python3 the developer or CI put first.
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, mode, file] + extra
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let complaint = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            return Report(errors: ["python3 exit \(process.terminationStatus): \(complaint)"], records: [])
        }
        return try JSONDecoder().decode(Report.self, from: data)
    }
}
