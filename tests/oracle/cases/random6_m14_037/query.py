df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT user, approx_count_distinct(channel) AS acd FROM (SELECT *, round(amount * 1.2, 2) AS gross, '10' - qty AS qleft FROM events) ev GROUP BY ALL HAVING count(*) > 1")
OUTPUT_MODE = "update"
