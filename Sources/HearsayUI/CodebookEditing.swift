import HearsayCore

/// Codebook changes from the command line (`:tag rename OLD NEW`, ...). Each is
/// one undoable step that changes the codebook and every annotation at once.
extension AppState {
    mutating func runTagCommand(_ words: [String]) -> [Effect] {
        let usage = "usage: :tag rename OLD NEW | merge FROM INTO | delete NAME | color NAME COLOUR | describe NAME TEXT | parent NAME [PARENT]"
        guard words.count >= 2 else {
            message = StatusMessage(text: usage, isError: true)
            return []
        }
        let codebook = annotations.codebook
        let verb = words[0], name = words[1]
        guard codebook.tag(named: name) != nil else {
            message = StatusMessage(text: "No tag named \(name)", isError: true)
            return []
        }
        switch (verb, words.count) {
        case ("rename", 3), ("merge", 3):
            let other = words[2]
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
            return commit(merging ? "Merged \(name) into \(other)" : "Renamed \(name) to \(other)",
                          [.codebook(old: codebook, new: newBook)] + retag { tags in
                              var out: [String] = []
                              for t in tags.map({ $0 == name ? other : $0 }) where !out.contains(t) { out.append(t) }
                              return out
                          })
        case ("delete", 2):
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
        case ("color", 3), ("colour", 3), ("describe", 3...), ("parent", 2...3):
            var newBook = codebook
            guard let i = newBook.tags.firstIndex(where: { $0.name == name }) else { return [] }
            switch verb {
            case "describe": newBook.tags[i].description = words[2...].joined(separator: " ")
            case "parent":
                let parent = words.count == 3 ? words[2] : nil
                if let parent, codebook.path(of: parent).split(separator: "/").contains(Substring(name)) || parent == name {
                    message = StatusMessage(text: "\(parent) is inside \(name): that would make a loop", isError: true)
                    return []
                }
                if let parent, codebook.tag(named: parent) == nil {
                    message = StatusMessage(text: "No tag named \(parent)", isError: true)
                    return []
                }
                newBook.tags[i].parent = parent
            default: newBook.tags[i].color = words[2]
            }
            return commit("Changed the tag \(name)", [.codebook(old: codebook, new: newBook)])
        default:
            message = StatusMessage(text: usage, isError: true)
            return []
        }
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
