using System.Xml.Linq;
using Assessment.Data.Database;
using Assessment.Data.Keys;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace Assessment.Web.Security;

/// <summary>
/// ASP.NET Core's key ring read from and written to the database (Data/Keys), so that several app nodes on one
/// PostgreSQL database accept each other's sign-in cookies. The key ring caches what it reads and asks again only when
/// a key nears expiry, so this is read rarely.
/// </summary>
public sealed class DatabaseKeyRepository(AssessmentDb db) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements() =>
        DataProtectionKeyStore.All(db).Select(k => XElement.Parse(k.Xml)).ToList();

    public void StoreElement(XElement element, string friendlyName) =>
        DataProtectionKeyStore.Add(db, friendlyName, element.ToString(SaveOptions.DisableFormatting));
}
