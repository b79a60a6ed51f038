// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

/// @title BatteryTrace registry
/// @notice The on-chain part of BatteryTrace: who takes part in the EV-battery supply
/// chain, which certifications auditors attest, and the anchors of GS1 EPCIS 2.0
/// supply-chain events.
/// @dev The explorer rebuilds everything from this contract's logs, which it checks
/// against each block's receiptsRoot; it never reads contract storage. So every state
/// change emits an event carrying all of its data, and storage holds only what the
/// contract itself needs to enforce permissions. Arguments that are enums in spirit
/// (role, kind, status) are uint8 so that an out-of-range value reverts with a custom
/// error rather than the compiler's enum-conversion panic.
contract BatteryTraceRegistry {
    /// @notice Participant roles, in the order their uint8 values follow.
    /// @dev Admin marks the consortium operator's organisation; it grants no rights.
    /// The consortium admin is the single `admin` account.
    enum Role {
        None,
        Miner,
        Refiner,
        CathodeProducer,
        CellMaker,
        PackAssembler,
        Carrier,
        Oem,
        SecondLife,
        Recycler,
        Auditor,
        Admin
    }

    /// @notice Kinds of supply-chain event, in the order their uint8 values follow.
    enum EventKind {
        Commissioning,
        Transformation,
        ProcessMeasurement,
        Inspection,
        Aggregation,
        Shipping,
        Receiving,
        TransportSensor,
        UsePhase,
        Repurposing,
        Recycling,
        DueDiligence
    }

    /// @notice Certification status values.
    enum CertificationStatus {
        Valid,
        Suspended,
        Withdrawn
    }

    uint8 private constant kRoleCount = uint8(type(Role).max) + 1;
    /// @dev A literal because array lengths must be one; it equals the EventKind count.
    uint8 private constant kKindCount = 12;
    uint8 private constant kStatusCount = uint8(type(CertificationStatus).max) + 1;
    /// @dev Bit r of a role mask stands for Role(r): bits 1 (Miner) to 11 (Admin).
    /// Bit 0 (None) and bits past Admin must stay clear, so that an account without a
    /// role can never match.
    uint16 private constant kValidRoleMask = 0x0FFE;

    /// @notice The consortium admin: registers and revokes participants, sets the
    /// permission matrix, and may hand the role over.
    address public admin;

    /// @notice Current role of each account; None when never registered or revoked.
    mapping(address => Role) public roleOf;

    /// @notice For each event kind, the mask of roles that may record it (bit r = Role(r)).
    /// @dev Twelve uint16 values pack into a single storage slot.
    uint16[kKindCount] public kindRoleMask;

    /// @notice Number of certifications attested; ids run from 1 to this value.
    uint256 public certificationCount;

    /// @notice Current status of each certification (by id).
    /// @dev Kept because Withdrawn is final and an unchanged status is refused.
    mapping(uint256 => CertificationStatus) public certificationStatus;

    /// @notice Number of trace events recorded; ids run from 1 to this value.
    uint256 public eventCount;

    /// @notice The admin role moved (from the zero address at deployment).
    event AdminTransferred(address indexed previousAdmin, address indexed newAdmin);

    /// @notice An account was registered, or re-registered with a new role or details;
    /// the sequence of these events is the account's role history.
    /// @param country ISO 3166-1 alpha-2 code, two upper-case ASCII letters.
    /// @param gln GS1 Global Location Number of the organisation, 13 digits.
    event ParticipantRegistered(address indexed account, uint8 indexed role, string name, bytes2 country, string gln);

    /// @notice An account lost its role; it can record nothing until registered again.
    event ParticipantRevoked(address indexed account);

    /// @notice An auditor attested a certification of `subject` at the site `siteGln`.
    /// @param scheme Certification scheme, e.g. "RMAP", "IRMA", "OECD-DD", "ISO14001".
    /// @param validFrom Start of validity, Unix seconds (inclusive).
    /// @param validUntil End of validity, Unix seconds (exclusive).
    /// @param evidenceHash SHA-256 of the evidence document (audit report).
    /// @param evidenceUri Where the evidence document can be fetched; may be empty.
    event CertificationAttested(
        uint256 indexed certId,
        address indexed subject,
        address indexed auditor,
        string scheme,
        string siteGln,
        uint8 status,
        uint64 validFrom,
        uint64 validUntil,
        bytes32 evidenceHash,
        string evidenceUri
    );

    /// @notice An auditor changed a certification's status.
    event CertificationStatusChanged(uint256 indexed certId, address indexed auditor, uint8 status);

    /// @notice A supply-chain event was anchored.
    /// @param hashScheme Name of the hash scheme, ASCII left-aligned and zero-padded,
    /// e.g. "jcs-sha256" (SHA-256 of the RFC 8785 canonical JSON of the EPCIS event).
    /// @param eventHash The event's hash under `hashScheme`.
    /// @param document The EPCIS 2.0 event (JSON); empty for a private event, whose
    /// document is disclosed off-chain later and checked against `eventHash`.
    event TraceEventRecorded(
        uint256 indexed eventId,
        address indexed recorder,
        uint8 indexed kind,
        bytes32 hashScheme,
        bytes32 eventHash,
        string document
    );

    /// @notice The admin changed which roles may record `kind`.
    event KindPermissionChanged(uint8 indexed kind, uint16 roleMask);

    /// @notice The caller is not the admin.
    error NotAdmin(address account);
    /// @notice The caller is not an active participant whose role may record `kind`.
    error NotAuthorized(address account, uint8 kind);
    /// @notice The caller is not an active auditor.
    error NotAuditor(address account);
    /// @notice The zero address where an account is required.
    error ZeroAddress();
    /// @notice A role outside Miner..Admin where a participant role is required.
    error InvalidRole(uint8 role);
    /// @notice A role mask with bit 0 (None) or a bit past Admin set.
    error InvalidRoleMask(uint16 roleMask);
    /// @notice An event kind outside Commissioning..DueDiligence.
    error InvalidEventKind(uint8 kind);
    /// @notice A certification status outside Valid..Withdrawn.
    error InvalidStatus(uint8 status);
    /// @notice An empty participant name.
    error EmptyName();
    /// @notice A country code that is not two upper-case ASCII letters.
    error InvalidCountry(bytes2 country);
    /// @notice A GLN that is not 13 digits with a correct GS1 check digit.
    error InvalidGln(string gln);
    /// @notice An empty certification scheme.
    error EmptyScheme();
    /// @notice validFrom is not before validUntil.
    error InvalidValidity(uint64 validFrom, uint64 validUntil);
    /// @notice An auditor tried to certify itself.
    error SelfAttestation(address auditor);
    /// @notice The account is not an active participant.
    error NotRegistered(address account);
    /// @notice No certification with this id.
    error UnknownCertification(uint256 certId);
    /// @notice The certification was withdrawn, which is final.
    error CertificationWithdrawn(uint256 certId);
    /// @notice The certification already has this status.
    error StatusUnchanged(uint256 certId, uint8 status);
    /// @notice A zero hash scheme name.
    error EmptyHashScheme();
    /// @notice A zero event hash.
    error EmptyEventHash();
    /// @notice A batch with no events.
    error EmptyBatch();
    /// @notice Batch arrays of different lengths.
    error LengthMismatch();

    modifier onlyAdmin() {
        if (msg.sender != admin) revert NotAdmin(msg.sender);
        _;
    }

    modifier onlyAuditor() {
        if (roleOf[msg.sender] != Role.Auditor) revert NotAuditor(msg.sender);
        _;
    }

    /// @notice Makes the deployer the admin and sets the default permission matrix
    /// (documented in contracts/README.md).
    constructor() {
        admin = msg.sender;
        emit AdminTransferred(address(0), msg.sender);

        _setKindPermission(
            EventKind.Commissioning,
            _mask(Role.Miner) | _mask(Role.CellMaker) | _mask(Role.PackAssembler) | _mask(Role.Oem)
        );
        _setKindPermission(
            EventKind.Transformation, _mask(Role.Refiner) | _mask(Role.CathodeProducer) | _mask(Role.CellMaker)
        );
        _setKindPermission(
            EventKind.ProcessMeasurement,
            _mask(Role.Refiner) | _mask(Role.CathodeProducer) | _mask(Role.CellMaker) | _mask(Role.PackAssembler)
                | _mask(Role.Recycler)
        );
        _setKindPermission(
            EventKind.Inspection,
            _mask(Role.Miner) | _mask(Role.Refiner) | _mask(Role.CathodeProducer) | _mask(Role.CellMaker)
                | _mask(Role.PackAssembler) | _mask(Role.Oem) | _mask(Role.SecondLife) | _mask(Role.Recycler)
        );
        _setKindPermission(
            EventKind.Aggregation,
            _mask(Role.PackAssembler) | _mask(Role.Carrier) | _mask(Role.Oem) | _mask(Role.SecondLife)
        );
        uint16 goodsOwners = _mask(Role.Miner) | _mask(Role.Refiner) | _mask(Role.CathodeProducer)
            | _mask(Role.CellMaker) | _mask(Role.PackAssembler) | _mask(Role.Oem) | _mask(Role.SecondLife)
            | _mask(Role.Recycler);
        _setKindPermission(EventKind.Shipping, goodsOwners);
        _setKindPermission(EventKind.Receiving, goodsOwners);
        _setKindPermission(EventKind.TransportSensor, _mask(Role.Carrier));
        _setKindPermission(EventKind.UsePhase, _mask(Role.Oem) | _mask(Role.SecondLife));
        _setKindPermission(EventKind.Repurposing, _mask(Role.SecondLife));
        _setKindPermission(EventKind.Recycling, _mask(Role.Recycler));
        _setKindPermission(
            EventKind.DueDiligence,
            _mask(Role.Refiner) | _mask(Role.CathodeProducer) | _mask(Role.CellMaker) | _mask(Role.Oem)
                | _mask(Role.Auditor)
        );
    }

    /// @notice Hands the admin role to `newAdmin`, at once.
    function transferAdmin(address newAdmin) external onlyAdmin {
        if (newAdmin == address(0)) revert ZeroAddress();
        emit AdminTransferred(admin, newAdmin);
        admin = newAdmin;
    }

    /// @notice Registers `account`, or re-registers it with a new role or details.
    /// @param role A Role value from Miner to Admin.
    /// @param country ISO 3166-1 alpha-2 code, e.g. "CD", "DE".
    /// @param gln GS1 GLN of the organisation: 13 digits, the last a valid check digit.
    function registerParticipant(address account, string calldata name, uint8 role, bytes2 country, string calldata gln)
        external
        onlyAdmin
    {
        if (account == address(0)) revert ZeroAddress();
        if (role == uint8(Role.None) || role >= kRoleCount) revert InvalidRole(role);
        if (bytes(name).length == 0) revert EmptyName();
        if (!_isCountryCode(country)) revert InvalidCountry(country);
        if (!_isGln(gln)) revert InvalidGln(gln);
        roleOf[account] = Role(role);
        emit ParticipantRegistered(account, role, name, country, gln);
    }

    /// @notice Revokes an active participant's role.
    function revokeParticipant(address account) external onlyAdmin {
        if (roleOf[account] == Role.None) revert NotRegistered(account);
        roleOf[account] = Role.None;
        emit ParticipantRevoked(account);
    }

    /// @notice Sets which roles may record events of `kind` (bit r = Role(r)).
    function setKindPermission(uint8 kind, uint16 roleMask) external onlyAdmin {
        if (kind >= kKindCount) revert InvalidEventKind(kind);
        if (roleMask & ~kValidRoleMask != 0) revert InvalidRoleMask(roleMask);
        _setKindPermission(EventKind(kind), roleMask);
    }

    /// @notice Attests a certification of the active participant `subject`; the caller
    /// must be an active auditor other than `subject`.
    /// @param siteGln GLN of the certified site (13 digits, valid check digit).
    /// @param status A CertificationStatus value.
    /// @return certId The new certification's id (from 1).
    function attestCertification(
        address subject,
        string memory siteGln,
        string memory scheme,
        uint8 status,
        uint64 validFrom,
        uint64 validUntil,
        bytes32 evidenceHash,
        string memory evidenceUri
    ) external onlyAuditor returns (uint256 certId) {
        // memory, not calldata: a calldata string takes two stack slots and the event
        // below would not fit the stack without via-IR; attestations are rare, so the
        // copy costs little.
        if (roleOf[subject] == Role.None) revert NotRegistered(subject);
        if (subject == msg.sender) revert SelfAttestation(msg.sender);
        if (!_isGln(siteGln)) revert InvalidGln(siteGln);
        if (bytes(scheme).length == 0) revert EmptyScheme();
        if (status >= kStatusCount) revert InvalidStatus(status);
        if (validFrom >= validUntil) revert InvalidValidity(validFrom, validUntil);
        certId = ++certificationCount;
        certificationStatus[certId] = CertificationStatus(status);
        emit CertificationAttested(
            certId, subject, msg.sender, scheme, siteGln, status, validFrom, validUntil, evidenceHash, evidenceUri
        );
    }

    /// @notice Changes a certification's status; any active auditor may (the event
    /// names which). Withdrawn is final.
    function setCertificationStatus(uint256 certId, uint8 status) external onlyAuditor {
        if (certId == 0 || certId > certificationCount) revert UnknownCertification(certId);
        if (status >= kStatusCount) revert InvalidStatus(status);
        CertificationStatus current = certificationStatus[certId];
        if (current == CertificationStatus.Withdrawn) revert CertificationWithdrawn(certId);
        if (uint8(current) == status) revert StatusUnchanged(certId, status);
        certificationStatus[certId] = CertificationStatus(status);
        emit CertificationStatusChanged(certId, msg.sender, status);
    }

    /// @notice Anchors one supply-chain event.
    /// @param kind An EventKind value the caller's role may record.
    /// @param hashScheme Hash scheme name, ASCII left-aligned ("jcs-sha256").
    /// @param eventHash The event's hash under `hashScheme`.
    /// @param document The EPCIS event JSON, or empty for a private event.
    /// @return eventId The new event's id (from 1).
    function recordEvent(uint8 kind, bytes32 hashScheme, bytes32 eventHash, string calldata document)
        external
        returns (uint256 eventId)
    {
        uint16 callerMask = _callerMask();
        eventId = eventCount + 1;
        _record(callerMask, eventId, kind, hashScheme, eventHash, document);
        eventCount = eventId;
    }

    /// @notice Anchors several events in one transaction (the scale simulator's path);
    /// all or nothing. Element i of each array describes event i, as in recordEvent.
    /// @return firstEventId The id of the first event; the others follow consecutively.
    function recordEvents(
        uint8[] calldata kinds,
        bytes32[] calldata hashSchemes,
        bytes32[] calldata eventHashes,
        string[] calldata documents
    ) external returns (uint256 firstEventId) {
        uint256 n = kinds.length;
        if (n == 0) revert EmptyBatch();
        if (hashSchemes.length != n || eventHashes.length != n || documents.length != n) revert LengthMismatch();
        uint16 callerMask = _callerMask();
        firstEventId = eventCount + 1;
        for (uint256 i = 0; i < n; ++i) {
            _record(callerMask, firstEventId + i, kinds[i], hashSchemes[i], eventHashes[i], documents[i]);
        }
        eventCount = firstEventId + n - 1;
    }

    /// @dev The caller's role as a one-bit mask; 0 for a non-participant, whose
    /// mask then matches no kind (bit 0 is never set in kindRoleMask).
    function _callerMask() private view returns (uint16) {
        Role role = roleOf[msg.sender];
        return role == Role.None ? 0 : _mask(role);
    }

    function _record(
        uint16 callerMask,
        uint256 eventId,
        uint8 kind,
        bytes32 hashScheme,
        bytes32 eventHash,
        string calldata document
    ) private {
        if (kind >= kKindCount) revert InvalidEventKind(kind);
        if (kindRoleMask[kind] & callerMask == 0) revert NotAuthorized(msg.sender, kind);
        if (hashScheme == bytes32(0)) revert EmptyHashScheme();
        if (eventHash == bytes32(0)) revert EmptyEventHash();
        emit TraceEventRecorded(eventId, msg.sender, kind, hashScheme, eventHash, document);
    }

    function _setKindPermission(EventKind kind, uint16 roleMask) private {
        kindRoleMask[uint8(kind)] = roleMask;
        emit KindPermissionChanged(uint8(kind), roleMask);
    }

    function _mask(Role role) private pure returns (uint16) {
        return uint16(1) << uint8(role);
    }

    function _isCountryCode(bytes2 country) private pure returns (bool) {
        bytes1 a = country[0];
        bytes1 b = country[1];
        return a >= "A" && a <= "Z" && b >= "A" && b <= "Z";
    }

    /// @dev GS1 mod-10 check: from the right, the check digit excluded, digits weigh
    /// 3, 1, 3, …; for 13 digits that is weight 1 at even indexes, 3 at odd ones.
    function _isGln(string memory gln) private pure returns (bool) {
        bytes memory d = bytes(gln);
        if (d.length != 13) return false;
        uint256 sum = 0;
        for (uint256 i = 0; i < 13; ++i) {
            uint8 c = uint8(d[i]);
            if (c < 0x30 || c > 0x39) return false;
            if (i < 12) sum += (i % 2 == 0 ? 1 : 3) * (c - 0x30);
        }
        return (10 - (sum % 10)) % 10 == uint8(d[12]) - 0x30;
    }
}
