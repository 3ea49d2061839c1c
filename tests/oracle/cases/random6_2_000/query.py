df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.dropDuplicates(["id"]).createOrReplaceTempView("events")
result = spark.sql("SELECT even, round(stddev_samp(amount), 4) AS sd FROM (SELECT *, coalesce(note, 'none') AS note2, nvl(qty, 0) % 2 = 0 AS even FROM events) ev GROUP BY even")
OUTPUT_MODE = "complete"
