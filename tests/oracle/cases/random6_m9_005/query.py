df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.dropDuplicates(["id"]).createOrReplaceTempView("events")
result = spark.sql("SELECT region, max(qty) - min(qty) AS qrange FROM events WHERE amount IS NOT NULL AND named_struct('a', amount, 'u', user).a > 30 GROUP BY ALL")
OUTPUT_MODE = "complete"
