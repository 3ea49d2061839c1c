df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.dropDuplicates(["id"]).createOrReplaceTempView("events")
result = spark.sql("SELECT channel, max_by(user, amount) AS maxu FROM events GROUP BY channel HAVING count(*) > 1 ORDER BY maxu DESC NULLS LAST")
OUTPUT_MODE = "complete"
