using static XinfangBot.Core.Tests.Triage.SafetyAsserts;

namespace XinfangBot.Core.Tests.Triage;

/// <summary>Kinds of message the lead's session-17 trials found (issue 7), each with its look-alike. The messages are
/// written for these tests; none is taken from an evaluation set or a probe.</summary>
public sealed class SafetyKindsLead17Tests
{
    /// <summary>Property someone else damaged with a vehicle, told by its owner (撞坏了我的车, 把院墙撞塌了): a victim asking
    /// for money, not a threat to ram anyone.</summary>
    [Theory]
    [InlineData("前年3月对门那家开货车把我家院墙撞塌了，一直拖着不赔，现在起诉还来得及吗")]
    [InlineData("停车场里有人倒车把我的电动车撞坏了，监控拍到了，他不认账")]
    public void Assess_VehicleDamageToWritersProperty_IsNotRaised(string text) => AssertNotRaised(text);

    [Theory]
    [InlineData("再不还钱，我明天就开车把他家大门撞烂，看他还躲不躲")]
    public void Assess_RammingPlanned_IsThreat(string text) => AssertThreat(text);

    /// <summary>An apology asked of the one who pushed or insulted the writer (我就要他道个歉): a claim, never raised by the
    /// model alone (it scored such a message 0.97 as a threat); an apology demanded with a harm or a weapon still alarms.</summary>
    [Theory]
    [InlineData("他在菜市场当众骂我还推了我一把，我就要他给我道个歉")]
    [InlineData("主任当着全办公室的人羞辱我，我只想让他赔礼道歉")]
    public void Assess_ApologyAsked_IsNotRaised(string text) => AssertNotRaised(text);

    [Theory]
    [InlineData("他要是再不给我道歉，我就拿刀去他家门口堵他")]
    public void Assess_ApologyDemandedWithAWeapon_IsThreat(string text) => AssertThreat(text);
}
