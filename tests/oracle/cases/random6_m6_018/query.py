df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.dropDuplicates(["id"]).createOrReplaceTempView("events")
result = spark.sql("SELECT region, round(sum(amount), 2) AS suma, approx_count_distinct(channel) AS acd, count(note) AS nnotes FROM (SELECT *, (amount > 50) = true AS big FROM events) ev GROUP BY ALL")
OUTPUT_MODE = "update"
