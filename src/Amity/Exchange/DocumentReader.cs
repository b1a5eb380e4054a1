using System.Collections;
using System.Text.Json;
using Amity.Agreements;
using Amity.Api;
using Amity.Engagements;
using Amity.Events;
using Amity.Invitations;
using Amity.News;
using Amity.Partners;
using Amity.People;

namespace Amity.Exchange;

/// <summary>
/// Up to <see cref="DocumentReader.Batch"/> consecutive records of one section, the first at <see cref="Start"/>; with
/// <see cref="Json"/>, each record's JSON as the document gives it, without the whitespace between its tokens (UTF-8).
/// </summary>
internal sealed record DocumentPart(string Section, int Start, IList Records, IReadOnlyList<ReadOnlyMemory<byte>>? Json = null);

/// <summary>
/// Reads an <see cref="AmityDocument"/> from a stream section by section and hands on its records in batches as they are
/// parsed, so that a document of gigabytes is written while it is read and never sits in memory whole. Sections must come in
/// the order export writes them (<see cref="Sections"/>), each after the sections its records refer to; a section may be
/// missing. Problems in the JSON are added to the errors, named by section and position.
/// </summary>
internal sealed class DocumentReader(Stream stream, Action<DocumentPart> part, CancellationToken ct)
{
    private readonly Errors errors = new();

    public const int Batch = 1_000;

    /// <summary>The sections in the order export writes them and import writes them to the database.</summary>
    public static readonly string[] Sections = ["organizations", "relationships", "people", "engagements", "events", "agreements", "invitations", "articles"];

    private byte[] _buffer = new byte[1 << 20];
    private int _length;
    private bool _final;

    /// <summary>What was wrong with the JSON itself (the reader's own, as it runs on its own thread).</summary>
    public Errors Errors => errors;

    private volatile bool _failed;

    /// <summary>Whether the JSON has a problem already: whatever is written after that is rolled back anyway.</summary>
    public bool Failed => _failed;

    /// <summary>Bytes of the stream read so far, for progress.</summary>
    public long BytesRead { get; private set; }

    public void Read()
    {
        var reader = new Utf8JsonReader([], isFinalBlock: false, default);
        try
        {
            ReadDocument(ref reader);
        }
        catch (JsonException e)
        {
            // The reader's line numbers count from the start of its buffer, not of the document, so they are left out.
            errors.Add("document", e.Message.Split(" LineNumber:")[0].Split(". Path:")[0]);
        }
        _failed = errors.Any;
    }

    private void ReadDocument(ref Utf8JsonReader reader)
    {
        if (!Next(ref reader) || reader.TokenType != JsonTokenType.StartObject)
        {
            Fail("document", "must be a JSON object");
            return;
        }
        var last = -1;
        string? seenFormat = null;
        while (Next(ref reader) && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            if (!Next(ref reader)) break;
            var section = Array.FindIndex(Sections, s => s.Equals(name, StringComparison.OrdinalIgnoreCase));
            if (name.Equals("format", StringComparison.OrdinalIgnoreCase))
            {
                seenFormat = reader.TokenType == JsonTokenType.String ? reader.GetString() ?? "" : "";
                if (seenFormat != AmityDocument.CurrentFormat) Fail("format", $"must be \"{AmityDocument.CurrentFormat}\", not \"{seenFormat}\"");
            }
            else if (section < 0 || reader.TokenType == JsonTokenType.Null)
            {
                Skip(ref reader);
            }
            else if (section <= last)
            {
                Fail(Sections[section], $"comes after {Sections[last]}: a document's sections come in the order {string.Join(", ", Sections)}, each after the sections it refers to");
                return;
            }
            else
            {
                last = section;
                if (reader.TokenType != JsonTokenType.StartArray)
                {
                    Fail(Sections[section], "must be a list of records");
                    return;
                }
                switch (section)
                {
                    case 0: ReadSection<OrganizationRecord>(ref reader, Sections[section]); break;
                    case 1: ReadSection<RelationshipRecord>(ref reader, Sections[section]); break;
                    case 2: ReadSection<PersonRecord>(ref reader, Sections[section]); break;
                    case 3: ReadSection<EngagementRecord>(ref reader, Sections[section]); break;
                    case 4: ReadSection<EventRecord>(ref reader, Sections[section]); break;
                    case 5: ReadSection<AgreementRecord>(ref reader, Sections[section]); break;
                    case 6: ReadSection<InvitationRecord>(ref reader, Sections[section]); break;
                    default: ReadSection<ArticleRecord>(ref reader, Sections[section]); break;
                }
            }
        }
        if (reader.TokenType != JsonTokenType.EndObject) throw new JsonException("ends before the document does (it is cut short)");
        if (seenFormat is null) Fail("format", $"is required (\"{AmityDocument.CurrentFormat}\")");
    }

    private void ReadSection<T>(ref Utf8JsonReader reader, string section) where T : class
    {
        var batch = new List<T?>(Batch);
        var json = new List<ReadOnlyMemory<byte>>(Batch);
        var start = 0;
        for (var i = 0; ; i++)
        {
            ct.ThrowIfCancellationRequested();
            var state = reader.CurrentState;
            var consumed = (int)reader.BytesConsumed;
            if (!reader.Read())
            {
                if (_final) throw new JsonException($"{section} ends before the document does (it is cut short)");
                Refill(ref reader, consumed, state);
                i--;
                continue;
            }
            if (reader.TokenType == JsonTokenType.EndArray) break;
            var value = reader;
            var first = (int)reader.TokenStartIndex;
            // The whole record must be in the buffer before it is deserialized: skip over it first, and if it runs past the
            // buffer's end, read more and start the record again.
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && !reader.TrySkip())
            {
                if (_final) throw new JsonException($"{section}[{i}] ends before the document does (it is cut short)");
                Refill(ref reader, consumed, state);
                i--;
                continue;
            }
            T? record = null;
            try
            {
                record = JsonSerializer.Deserialize<T>(ref value, ExportDocument.Json);
            }
            catch (JsonException e)
            {
                var path = e.Path is null or "$" ? "" : e.Path.TrimStart('$');
                Fail($"{section}[{i}]{path}", e.Message.Split(". Path:")[0]);
            }
            batch.Add(record);
            // The record's text is in the buffer now, from its first token to where the skip ended.
            json.Add(_compact.Copy(_buffer.AsSpan(first, (int)reader.BytesConsumed - first)));
            if (batch.Count == Batch)
            {
                part(new DocumentPart(section, start, batch, json));
                start = i + 1;
                batch = new List<T?>(Batch);
                json = new List<ReadOnlyMemory<byte>>(Batch);
            }
        }
        if (batch.Count > 0) part(new DocumentPart(section, start, batch, json));
    }

    private readonly CompactJson _compact = new();

    /// <summary>
    /// A record's JSON made compact: what an import's audit entry holds. For a document written by export this is, byte for
    /// byte, what serializing the record again would give (same options, less the indentation), at a fraction of the cost:
    /// the whitespace between tokens is dropped and everything else copied. Each record gets an array of its own, small
    /// like the strings it replaces: one large array per batch went to the large object heap, collected only with
    /// generation 2 (four times as many of those collections at N=1).
    /// </summary>
    private sealed class CompactJson
    {
        private byte[] _scratch = new byte[64 * 1024];

        public byte[] Copy(ReadOnlySpan<byte> json)
        {
            if (_scratch.Length < json.Length) _scratch = new byte[Math.Max(json.Length, _scratch.Length * 2)];
            var into = _scratch.AsSpan();
            var n = 0;
            for (var i = 0; i < json.Length;)
            {
                var b = json[i];
                if (b == (byte)'"')
                {
                    // A string, copied whole up to its closing quote: an escaped quote is preceded by a backslash.
                    var end = i + 1;
                    while (true)
                    {
                        var next = json[end..].IndexOfAny((byte)'"', (byte)'\\');
                        if (next < 0) throw new JsonException("a string does not end");
                        end += next;
                        if (json[end] == (byte)'\\') end += 2;
                        else break;
                    }
                    json[i..(end + 1)].CopyTo(into[n..]);
                    n += end + 1 - i;
                    i = end + 1;
                }
                else
                {
                    if (b is not ((byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t')) into[n++] = b;
                    i++;
                }
            }
            return into[..n].ToArray();
        }
    }

    private void Fail(string field, string message)
    {
        errors.Add(field, message);
        _failed = true;
    }

    /// <summary>The next token, reading more of the stream when the buffer ends inside it.</summary>
    private bool Next(ref Utf8JsonReader reader)
    {
        while (true)
        {
            var state = reader.CurrentState;
            var consumed = (int)reader.BytesConsumed;
            if (reader.Read()) return true;
            if (_final) return false;
            Refill(ref reader, consumed, state);
        }
    }

    /// <summary>Skips the value the reader is on (an unknown property's), however long.</summary>
    private void Skip(ref Utf8JsonReader reader)
    {
        if (reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray)) return;
        var depth = reader.CurrentDepth;
        while (Next(ref reader) && reader.CurrentDepth > depth) { }
    }

    /// <summary>
    /// Keeps what the reader has not consumed, fills the rest of the buffer from the stream (a larger buffer when one value
    /// fills more than half of it) and restarts the reader there with its saved state.
    /// </summary>
    private void Refill(ref Utf8JsonReader reader, int consumed, JsonReaderState state)
    {
        var keep = _length - consumed;
        if (keep > _buffer.Length / 2)
        {
            var larger = new byte[_buffer.Length * 2];
            Buffer.BlockCopy(_buffer, consumed, larger, 0, keep);
            _buffer = larger;
        }
        else
        {
            Buffer.BlockCopy(_buffer, consumed, _buffer, 0, keep);
        }
        _length = keep;
        while (_length < _buffer.Length)
        {
            var n = stream.Read(_buffer, _length, _buffer.Length - _length);
            if (n == 0)
            {
                _final = true;
                break;
            }
            _length += n;
            BytesRead += n;
        }
        reader = new Utf8JsonReader(_buffer.AsSpan(0, _length), _final, state);
    }
}
