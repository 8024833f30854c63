using Bluegreen.Engines.Local.Observation;

namespace Bluegreen.Tests.Engines.Local;

public class ListeningSocketsTests
{
    private const string Table = """
          sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode
           0: 0100007F:4690 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 81234 1 0000000000000000 100 0 0 10 0
           1: 0100007F:C9E8 0100007F:4690 01 00000000:00000000 00:00000000 00000000     0        0 81299 1 0000000000000000 20 4 30 10 -1
           2: 00000000:D850 00000000:0000 0A 00000000:00000000 00:00000000 00000000   108        0 77001 1 0000000000000000 100 0 0 10 0
        """;

    [Fact]
    public void Parse_KeepsListeningSocketsOnly_WithTheirPortAndInode()
    {
        Assert.Equal([(18064, 81234L), (55376, 77001L)], ListeningSockets.Parse(Table));
    }

    [Fact]
    public void Parse_ReadsIpv6Tables_Too()
    {
        const string table = """
              sl  local_address                         remote_address                        st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode
               0: 00000000000000000000000001000000:1F90 00000000000000000000000000000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 5555 1 0000000000000000 100 0 0 10 0
            """;

        Assert.Equal([(8080, 5555L)], ListeningSockets.Parse(table));
    }
}
