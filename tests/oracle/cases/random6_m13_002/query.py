df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.dropDuplicates(["id"]).createOrReplaceTempView("events")
result = spark.sql("SELECT channel, count(*) FILTER (WHERE qty IN (1, 1)) AS ones FROM (SELECT *, named_struct('r', region, 'c', channel).c AS ch2, amount > 20 AND qty > 1 AS hot FROM events) ev GROUP BY channel")
OUTPUT_MODE = "complete"
