df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT channel, max(amount) AS maxa, round(sum(amount) / count(*), 2) AS per, last(qty) FILTER (WHERE amount > 20) AS lq FROM events GROUP BY channel")
OUTPUT_MODE = "update"
