import HearsayCore

/// Codebook changes from the command line (`:tag rename OLD NEW`, ...). Each is
/// one undoable step that changes the codebook and every annotation at once.
extension AppState {
    /// `arguments` is what follows `:tag`, split as a shell would (see
    /// `CommandWords`). A tag's name may have several words, quoted or not:
    /// the longest run of words from the first that names a tag is the name
    /// (`:tag delete scare quote`), and the rest is the new name, the other
    /// tag, the colour or the description.
    mutating func runTagCommand(_ arguments: String) -> [Effect] {
        let usage = "usage: :tag rename OLD NEW | merge FROM INTO | delete NAME | color NAME COLOUR | describe NAME TEXT | parent NAME [PARENT]"
        let words = CommandWords.split(arguments)
        guard words.count >= 2 else {
            message = StatusMessage(text: usage, isError: true)
            return []
        }
        let codebook = annotations.codebook
        let verb = words[0]
        guard ["rename", "merge", "delete", "color", "colour", "describe", "parent"].contains(verb) else {
            message = StatusMessage(text: usage, isError: true)
            return []
        }
        let named = (1..<words.count).reversed().first { k in codebook.tag(named: words[1...k].joined(separator: " ")) != nil }
        guard let named else {
            message = StatusMessage(text: "No tag named \(words[1])", isError: true)
            return []
        }
        let name = words[1...named].joined(separator: " ")
        let rest = Array(words[(named + 1)...])
        let other = rest.joined(separator: " ")
        switch (verb, rest.count) {
        case ("rename", 1...), ("merge", 1...):
            let merging = verb == "merge"
            if merging, codebook.tag(named: other) == nil {
                message = StatusMessage(text: "No tag named \(other) to merge into", isError: true)
                return []
            }
            if !merging, other.contains("/") {
                message = StatusMessage(text: "A tag name cannot hold “/”: it joins a tag to its parent (:tag parent NAME PARENT)", isError: true)
                return []
            }
            if !merging, codebook.tag(named: other) != nil {
                message = StatusMessage(text: "\(other) exists already: :tag merge \(name) \(other) joins them", isError: true)
                return []
            }
            var newBook = codebook
            if merging {
                newBook.tags.removeAll { $0.name == name }
            } else if let i = newBook.tags.firstIndex(where: { $0.name == name }) {
                newBook.tags[i].name = other
            }
            for i in newBook.tags.indices where newBook.tags[i].parent == name { newBook.tags[i].parent = other }
            let saved = commit(merging ? "Merged \(name) into \(other)" : "Renamed \(name) to \(other)",
                               [.codebook(old: codebook, new: newBook)] + retag { Codebook.renaming($0) { $0 == name ? other : $0 } })
            return saved.isEmpty ? saved : [.tagRenamed(from: name, to: other)] + saved
        case ("delete", 0):
            pendingTagDelete = name
            message = StatusMessage(text: tagDeletionQuestion(name), isError: false)
            return []
        case ("color", 1), ("colour", 1), ("describe", 1...), ("parent", 0...):
            var newBook = codebook
            guard let i = newBook.tags.firstIndex(where: { $0.name == name }) else { return [] }
            switch verb {
            case "describe": newBook.tags[i].description = other
            case "parent":
                let parent = rest.isEmpty ? nil : other
                if let parent, codebook.path(of: parent).split(separator: "/").contains(Substring(name)) || parent == name {
                    message = StatusMessage(text: "\(parent) is inside \(name): that would make a loop", isError: true)
                    return []
                }
                if let parent, parent.contains("/") {
                    message = StatusMessage(text: "A tag name cannot hold “/”", isError: true)
                    return []
                }
                // A parent no tag has yet is made, as the picker makes "parent/child".
                if let parent, codebook.tag(named: parent) == nil { newBook.tags.append(Tag(name: parent)) }
                newBook.tags[i].parent = parent
            default:
                guard Self.isTagColour(other) else {
                    message = StatusMessage(text: "Not a colour: \(other) (#rrggbb, 0–255, an ANSI name such as red or bright-blue, or a theme's palette name)", isError: true)
                    return []
                }
                newBook.tags[i].color = other
            }
            return commit("Changed the tag \(name)", [.codebook(old: codebook, new: newBook)])
        default:
            message = StatusMessage(text: usage, isError: true)
            return []
        }
    }

    /// Whether `spec` names a colour a tag can take: one that a bundled theme
    /// draws it in (`Theme.color(named:)`, as `Theme.withTagColors` asks):
    /// "#rrggbb", a number 0–255, an ANSI name, or a palette name.
    static func isTagColour(_ spec: String) -> Bool {
        BundledThemes.names.contains { BundledThemes.theme(named: $0)?.color(named: spec) != nil }
    }

    /// What `:tag delete` asks before it deletes: how many passages lose the
    /// tag, how many go with it (nothing else on them), and that the digits
    /// of the tags after it move up one (NVivo asks the same).
    func tagDeletionQuestion(_ name: String) -> String {
        let tagged = annotations.annotations.filter { $0.tags.contains(name) }
        let gone = tagged.filter { $0.tags.count == 1 && $0.note.isEmpty }.count
        var text = "Delete the tag \(name)? "
        if tagged.isEmpty {
            text += "No passage has it."
        } else {
            text += "\(tagged.count) passage\(tagged.count == 1 ? "" : "s") lose\(tagged.count == 1 ? "s" : "") it"
            text += gone > 0 ? ", and \(gone) with nothing else on \(gone == 1 ? "it goes" : "them go")." : "."
        }
        if let k = annotations.codebook.tags.firstIndex(where: { $0.name == name }), k < 9, k < annotations.codebook.tags.count - 1 {
            text += " The digits of the tags after it move up one."
        }
        return text + " y to delete (u undoes)"
    }

    /// Deletes the tag `name` (after `:tag delete` asked): from the codebook and
    /// every annotation, in one undoable step.
    mutating func deleteTag(_ name: String) -> [Effect] {
        let codebook = annotations.codebook
        guard codebook.tag(named: name) != nil else { return [] }
        var newBook = codebook
        newBook.tags.removeAll { $0.name == name }
        for i in newBook.tags.indices where newBook.tags[i].parent == name { newBook.tags[i].parent = nil }
        // An annotation left with neither tags nor note has nothing to say: it goes too.
        var changes: [AnnotationChange] = [.codebook(old: codebook, new: newBook)]
        for a in annotations.annotations where a.tags.contains(name) {
            var b = a
            b.tags.removeAll { $0 == name }
            b.modified = now
            changes.append(b.tags.isEmpty && b.note.isEmpty ? .remove(a) : .replace(old: a, new: b))
        }
        return commit("Deleted the tag \(name)", changes)
    }

    /// A replace for every annotation whose tags `transform` changes.
    func retag(_ transform: ([String]) -> [String]) -> [AnnotationChange] {
        annotations.annotations.compactMap { a in
            let tags = transform(a.tags)
            guard tags != a.tags else { return nil }
            var b = a
            b.tags = tags
            b.modified = now
            return .replace(old: a, new: b)
        }
    }

    /// Removes `tag` from an annotation (the picker's Enter on a tag it already has).
    mutating func removeTag(_ tag: String, from id: String) -> [Effect] {
        guard let old = annotation(id: id), old.tags.contains(tag) else { return [] }
        var new = old
        new.tags.removeAll { $0 == tag }
        new.modified = now
        if new.tags.isEmpty && new.note.isEmpty {
            if currentAnnotation == id { currentAnnotation = nil }
            return commit("Removed \(tag) (and the annotation, now empty)", [.remove(old)])
        }
        return commit("Removed \(tag)", [.replace(old: old, new: new)])
    }
}
