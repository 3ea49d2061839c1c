df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT user, last(qty) FILTER (WHERE amount > 20) AS lq, CASE WHEN count(*) > 3 THEN 'many' ELSE 'few' END AS howmany FROM (SELECT *, length(user) % 3 AS ulen, '10' - qty AS qleft FROM events) ev GROUP BY user")
OUTPUT_MODE = "update"
