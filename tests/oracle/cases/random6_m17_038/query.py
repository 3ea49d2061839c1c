df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT region, max(qty) - min(qty) AS qrange, bool_or(amount > 80) AS anyhuge FROM (SELECT *, upper(substr(user, 1, 1)) AS initial FROM events) ev GROUP BY 1")
OUTPUT_MODE = "complete"
