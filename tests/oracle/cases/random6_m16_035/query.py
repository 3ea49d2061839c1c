df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT channel, count_if(note IS NULL) AS nonote, last(qty) FILTER (WHERE amount > 20) AS lq FROM (SELECT *, nvl(qty, 0) % 2 = 0 AS even, concat(space(qty % 3), user) AS padded FROM events) ev GROUP BY channel HAVING count(*) > 2")
OUTPUT_MODE = "update"
