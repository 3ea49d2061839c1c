df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT channel, last(qty) FILTER (WHERE amount > 20) AS lq, approx_count_distinct(channel) AS acd, concat_ws('/', min(channel), max(channel)) AS span FROM (SELECT *, concat(space(qty % 3), user) AS padded FROM events) ev GROUP BY 1 HAVING count(*) > 2")
OUTPUT_MODE = "update"
