#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension FailureReason {
    public var danish: String {
        switch self {
        case .system(let code): Self.danishSystemSentence(code)
        case .notFoundOrUnreadable: "filen findes ikke eller kan ikke læses"
        case .permissionDeniedOrNotAFile: "adgang nægtet, eller det er ikke en fil"
        case .empty: "filen er tom"
        case .notARegularFile(let type): "ikke en almindelig fil, men \(type.danishLabel)"
        case .changedWhileRead: "filen blev ændret, mens den blev læst"
        case .unsupportedEncoding(let encoding): "gemt som \(encoding); gem den som CSV UTF-8"
        case .invalidUTF16(let line): "et ugyldigt UTF-16-tegn på linje \(line)"
        case .notText: "ikke en tekstfil: den indeholder NUL-tegn"
        case .fieldTooLarge(let line): "et felt på linje \(line) er længere end 1 MB"
        case .invalidFileNames(let names): "ugyldige filnavne: \(names.joined(separator: ", "))"
        case .temporaryFolderChanged(let folder): "den midlertidige mappe \(folder) er blevet ændret af en anden"
        case .emptyPath: "tom sti"
        case .folderNotListable: "mappens indhold kan ikke læses"
        case .damagedWorkbook(let damage): damage.danish
        }
    }

    /// The errors a user meets in Danish; the rarest keep the system's (English) sentence.
    private static func danishSystemSentence(_ code: Int32) -> String {
        switch code {
        case EPERM: "handlingen er ikke tilladt"
        case ENOENT: "filen eller mappen findes ikke"
        case EIO: "ind- eller uddatafejl"
        case EACCES: "adgang nægtet"
        case EEXIST: "filen findes allerede"
        case ENOTDIR: "ikke en mappe"
        case EISDIR: "er en mappe"
        case EINVAL: "ugyldigt argument"
        case ENFILE, EMFILE: "for mange åbne filer"
        case EFBIG: "filen er for stor"
        case ENOSPC: "der er ikke mere plads på enheden"
        case EROFS: "filsystemet er skrivebeskyttet"
        case EBUSY: "enheden eller ressourcen er optaget"
        case EXDEV: "ikke muligt på tværs af filsystemer"
        case ENAMETOOLONG: "filnavnet er for langt"
        case ENOTEMPTY: "mappen er ikke tom"
        case ELOOP: "for mange niveauer af symbolske links"
        case EDQUOT: "diskkvoten er brugt op"
        case ENOMEM: "ikke nok hukommelse"
        case ETXTBSY: "filen er i brug"
        default: systemSentence(code)
        }
    }
}
