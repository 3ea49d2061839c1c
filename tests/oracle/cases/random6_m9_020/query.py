df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").dropDuplicatesWithinWatermark(["id"]).createOrReplaceTempView("events")
result = spark.sql("SELECT region, count_if(note IS NULL) AS nonote, max(named_struct('a', amount, 'u', user)).u AS top2 FROM (SELECT *, qty & 3 AS qbits FROM events) ev WHERE user RLIKE '^[a-d]' AND (region = 'eu' OR qty > 2) AND (channel = 'web' OR region = 'eu') GROUP BY region")
OUTPUT_MODE = "update"
