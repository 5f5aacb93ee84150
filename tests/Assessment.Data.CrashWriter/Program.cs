using Assessment.Data.Answers;
using Assessment.Data.Database;
using Dapper;

// Usage: Assessment.Data.CrashWriter <db> <first-slot> <items-per-response>
// Saves answer slot after slot (slot i = response i / items, item n<i % items>, value i) and prints "ACK i" only
// after Save has returned, i.e. after COMMIT. The test kills this process at random and checks every ACK survived.
var (path, slot, items) = (args[0], long.Parse(args[1]), int.Parse(args[2]));
using var db = AssessmentDb.Open(path);
long[] responses;
long rater;
using (var c = db.OpenRead())
{
    responses = c.Query<long>("SELECT id FROM responses ORDER BY jurisdiction_code").ToArray();
    rater = c.ExecuteScalar<long>("SELECT rater_id FROM responses LIMIT 1");
}
var store = new AnswerStore(db);
Console.WriteLine("READY");
for (; slot < responses.Length * (long)items; slot++)
{
    var write = new AnswerWrite(responses[slot / items], $"n{slot % items:D2}", slot.ToString(), 0, rater);
    switch (store.Save(write))
    {
        case SaveResult.Saved or SaveResult.Unchanged:
            Console.WriteLine($"ACK {slot}");
            break;
        case var other:
            Console.WriteLine($"ERR {slot} {other}");
            return 3;
    }
}
Console.WriteLine("DONE");
return 0;
