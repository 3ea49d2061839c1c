df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT space(qty) AS sp, '3' + qty AS q3s, nvl2(note, 'y', 'n') AS hasnote, user IN ('bob', 'bob') AS isbob, ch2 FROM (SELECT *, named_struct('r', region, 'c', channel).c AS ch2 FROM events) e WHERE user RLIKE '^[a-d]'")
OUTPUT_MODE = "append"
