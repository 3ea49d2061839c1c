df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM events) SELECT channel, last(qty) FILTER (WHERE amount > 20) AS lq, count(note) AS nnotes FROM base GROUP BY channel HAVING count(*) > 2")
OUTPUT_MODE = "update"
